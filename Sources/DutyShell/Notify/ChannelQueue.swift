import DutyCore
import Foundation

/// One channel as the outbox worker drives it: its due notifications read ahead of their
/// delivery, those in flight, its rate window and its sender (which keeps its connections).
struct ChannelQueue {
    var limits: ChannelDefinition
    /// Nil when the channel is no longer configured: its notifications fail and are retried.
    var sender: ChannelSender?
    /// Due notifications read from the store and not started yet, earliest first from `head`.
    private(set) var waiting: [OutboxEntry] = []
    private var head = 0
    /// Whether the last read was cut at its limit, so the store holds due notifications not read.
    var moreInStore = true
    /// The highest id read so far: notifications queued later have higher ids.
    var highestRead: Int64 = 0
    var inFlight: Set<Int64> = []
    var window = RateWindow()

    init(limits: ChannelDefinition, sender: ChannelSender? = nil) {
        self.limits = limits
        self.sender = sender
    }

    var hasWaiting: Bool { head < waiting.count }

    /// Replaces what waits with a fresh read of the due notifications; `limit` is the read's limit.
    mutating func replaceWaiting(with read: [OutboxEntry], limit: Int) {
        waiting = read.filter { !inFlight.contains($0.id) }
        head = 0
        moreInStore = read.count >= limit
        highestRead = max(highestRead, read.map(\.id).max() ?? 0)
    }

    /// Adds notifications queued since the last read.
    mutating func append(_ read: [OutboxEntry], limit: Int) {
        if head > 0 {
            waiting.removeFirst(head)
            head = 0
        }
        waiting += read
        moreInStore = read.count >= limit
        highestRead = max(highestRead, read.map(\.id).max() ?? 0)
    }

    mutating func next() -> OutboxEntry? {
        guard head < waiting.count else { return nil }
        defer { head += 1 }
        return waiting[head]
    }
}
