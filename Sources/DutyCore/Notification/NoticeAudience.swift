/// Who was told about each open alert: the recipient and channel pairs of its notifications, in
/// the order they were first queued, so that its resolution can be told to the same pairs once.
///
/// Built from the outbox at start (`StateStore.loadNoticeAudience`) and kept up to date from the
/// notifications the core plans; an alert's pairs are handed out, and forgotten, when it ends.
public struct NoticeAudience: Sendable, Equatable {
    /// One person (or a unit's group robot, `unit:ID`) on one channel.
    public struct Pair: Sendable, Hashable {
        public var recipient: String
        public var channel: String

        public init(recipient: String, channel: String) {
            self.recipient = recipient
            self.channel = channel
        }
    }

    private var pairs: [Int64: [Pair]] = [:]

    /// An audience of `(alert, recipient, channel)` rows, as the outbox holds them in queue order.
    public init(rows: [(alertID: Int64, recipient: String, channel: String)] = []) {
        for row in rows { add(row.alertID, Pair(recipient: row.recipient, channel: row.channel)) }
    }

    /// Remembers who `notifications` reach about their alerts; shift and hazard notices (alert 0)
    /// and the journal, which records the resolution itself, are left out.
    public mutating func record(_ notifications: [OutboundNotification]) {
        for notification in notifications where notification.alertID != 0 && notification.channel != ChannelDefinition.journalID {
            add(notification.alertID, Pair(recipient: notification.recipient, channel: notification.channel))
        }
    }

    /// The pairs told about `alertID`, which the audience then forgets.
    public mutating func take(_ alertID: Int64) -> [Pair] {
        pairs.removeValue(forKey: alertID) ?? []
    }

    /// The pairs told about `alertID` so far.
    public func told(_ alertID: Int64) -> [Pair] { pairs[alertID] ?? [] }

    private mutating func add(_ alertID: Int64, _ pair: Pair) {
        if !pairs[alertID, default: []].contains(pair) { pairs[alertID, default: []].append(pair) }
    }
}
