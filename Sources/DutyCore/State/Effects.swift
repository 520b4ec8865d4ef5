import Foundation

/// Everything the shell does after the core decided: persist, journal, notify, stream, rearm.
///
/// The shell commits `change` (rows, history records in order, and the notifications queued in the
/// same transaction), then writes `journal`, streams `watch` to `io.dutyd.Watch` clients and arms
/// its wake-up timer for `nextWakeup`. It decides nothing of its own.
public struct Effects: Sendable {
    public var change = StateChange()
    public var journal: [JournalEntry] = []
    /// Alert transitions for watchers, each with the alert as it was just after it.
    public var watch: [WatchedEvent] = []
    /// The earliest deadline the books know after this, if any.
    public var nextWakeup: Date?

    public init() {}

    /// The notifications queued by `change`.
    public var notifications: [OutboundNotification] { change.notifications }
}

/// One alert transition and the alert after it, as streamed to watchers.
public struct WatchedEvent: Sendable {
    public var event: AlertEvent
    public var alert: Alert
}
