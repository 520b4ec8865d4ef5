import DutyCore
import Foundation

/// Where the engine reads the time: the wall clock that deadlines are set in, and a monotonic
/// clock that no clock step moves, to notice steps by.
///
/// `SystemClock` in the daemon; tests pass one whose wall clock they step.
public protocol DaemonClock: Sendable {
    /// The wall-clock time, to the millisecond.
    func wall() -> Date
    /// Time since a fixed point, counting suspend, never stepped.
    func monotonic() -> Duration
}

/// The system's clocks: `CLOCK_REALTIME` and `CLOCK_BOOTTIME` (Swift's `ContinuousClock`).
public struct SystemClock: DaemonClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func wall() -> Date { Date.nowToTheMillisecond() }

    public func monotonic() -> Duration { ContinuousClock.now - origin }
}
