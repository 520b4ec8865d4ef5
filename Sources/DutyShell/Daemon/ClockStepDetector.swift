import Foundation

/// A step of the wall clock: how far it moved beyond the time that passed.
public struct ClockStep: Sendable, Equatable {
    /// Positive when the clock jumped forward, negative when it went back.
    public var size: Duration

    public init(size: Duration) {
        self.size = size
    }

    /// The size in milliseconds, negative when the clock went back.
    public var milliseconds: Int64 { Int64((size / .milliseconds(1)).rounded()) }

    /// `forward` or `backward`, as the journal entry's `DIRECTION` field says.
    public var direction: String { size < .zero ? "backward" : "forward" }
}

/// Notices wall-clock steps by comparing, between two wake-ups, how far the wall clock moved with
/// how much monotonic time passed. Drift and NTP slewing stay far below the threshold.
public struct ClockStepDetector: Sendable {
    /// Disagreements larger than this are steps.
    public static let threshold = Duration.seconds(1)
    private var last: (wall: Date, monotonic: Duration)?

    public init() {}

    /// Records a reading; the step since the last one, if the clocks disagree by more than the threshold.
    public mutating func observe(wall: Date, monotonic: Duration) -> ClockStep? {
        defer { last = (wall, monotonic) }
        guard let last else { return nil }
        let moved = Duration.milliseconds(Int64((wall.timeIntervalSince(last.wall) * 1000).rounded()))
        let size = moved - (monotonic - last.monotonic)
        return size > Self.threshold || size < .zero - Self.threshold ? ClockStep(size: size) : nil
    }
}
