import Foundation

/// When to try a failed delivery again: exponential backoff with jitter, up to a cap.
public struct RetryPolicy: Sendable, Equatable {
    public var base: Duration
    public var cap: Duration

    public init(base: Duration = .seconds(10), cap: Duration = .seconds(1_800)) {
        self.base = base
        self.cap = cap
    }

    /// The wait after failed attempt number `attempt` (1-based); `jitter` in 0..<1 adds up to half again.
    public func delay(afterAttempt attempt: Int, jitter: Double) -> Duration {
        let exponential = base.timeInterval * pow(2, Double(max(0, attempt - 1)))
        let capped = min(exponential, cap.timeInterval)
        return .milliseconds(Int64(saturating: capped * (1 + 0.5 * min(max(jitter, 0), 0.999)) * 1_000, rounding: .towardZero))
    }
}
