import DutyCore
import DutyProtocol
import Foundation
import GRDB

/// A notification as the outbox keeps it, with its delivery state.
public struct OutboxEntry: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case pending
        case delivered
        case dead
    }

    public var id: Int64
    public var notification: OutboundNotification
    public var attempts: Int
    public var nextAttemptAt: Date
    public var deliveredAt: Date?
    public var deadAt: Date?
    public var lastError: String?

    public var state: State {
        if deliveredAt != nil { return .delivered }
        return deadAt != nil ? .dead : .pending
    }
}

/// A finished delivery attempt of one notification, as the outbox worker records it.
public struct DeliveryOutcome: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        case delivered
        /// Failed: retried at `retryAt`, or parked as dead when nil.
        case failed(error: String, retryAt: Date?)
    }

    public var id: Int64
    public var at: Date
    public var result: Result

    public init(id: Int64, at: Date, result: Result) {
        self.id = id
        self.at = at
        self.result = result
    }
}

/// Reads and writes the `notification` table: the durable outbox.
enum OutboxRecords {
    /// The SQL condition of a notification neither delivered nor dead.
    static let pending = "delivered_at IS NULL AND dead_at IS NULL"

    /// Queues a notification unless one with the same key exists; returns whether it was queued.
    static func enqueue(_ notification: OutboundNotification, in db: Database) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO notification (key, alert_id, level, recipient, channel, text, fields, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                notification.key, notification.alertID, notification.level, notification.recipient, notification.channel,
                notification.text, JSONString.object(notification.fields),
                notification.createdAt.milliseconds, (notification.notBefore ?? notification.createdAt).milliseconds,
            ])
        return db.changesCount == 1
    }

    /// Counts pending and dead notifications by scanning the table.
    static func counts(in db: Database) throws -> (pending: Int, dead: Int) {
        let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notification WHERE \(OutboxRecords.pending)") ?? 0
        let dead = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notification WHERE dead_at IS NOT NULL") ?? 0
        return (pending, dead)
    }

    /// Whether the notification is pending (neither delivered nor dead).
    static func isPending(_ id: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT \(OutboxRecords.pending) FROM notification WHERE id = ?"), arguments: [id]) ?? false
    }

    static func entry(from row: Row) throws -> OutboxEntry {
        let fields = try JSONDecoder().decode([String: String].self, from: Data((row["fields"] as String).utf8))
        let notification = OutboundNotification(
            key: row["key"], alertID: row["alert_id"], level: row["level"], recipient: row["recipient"], channel: row["channel"],
            text: row["text"], fields: fields, createdAt: Date(milliseconds: row["created_at"]))
        return OutboxEntry(
            id: row["id"], notification: notification, attempts: row["attempts"], nextAttemptAt: Date(milliseconds: row["next_attempt_at"]),
            deliveredAt: (row["delivered_at"] as Int64?).map(Date.init(milliseconds:)), deadAt: (row["dead_at"] as Int64?).map(Date.init(milliseconds:)),
            lastError: row["last_error"])
    }
}

extension StateStore {
    /// Pending notifications of `channel` due by `now`, earliest first, read in full; with `after`,
    /// only those with a higher id (queued since the worker last read).
    public func dueNotifications(on channel: String, by now: Date, after id: Int64? = nil, limit: Int) throws -> [OutboxEntry] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM notification WHERE channel = ? AND \(OutboxRecords.pending) AND next_attempt_at <= ? AND id > ?
                    ORDER BY next_attempt_at, id LIMIT ?
                    """,
                arguments: [channel, now.milliseconds, id ?? 0, limit]
            ).map(OutboxRecords.entry(from:))
        }
    }

    /// The channels that have pending notifications.
    public func channelsWithPendingNotifications() throws -> Set<String> {
        try database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT channel FROM notification WHERE \(OutboxRecords.pending)"))
        }
    }

    /// When the earliest pending notification not yet due at `now` falls due, if any.
    public func nextNotificationDue(after now: Date) throws -> Date? {
        try database.read { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(next_attempt_at) FROM notification WHERE \(OutboxRecords.pending) AND next_attempt_at > ?", arguments: [now.milliseconds])
                .map(Date.init(milliseconds:))
        }
    }

    /// One notification by id, whatever its state.
    public func outboxEntry(_ id: Int64) throws -> OutboxEntry? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM notification WHERE id = ?", arguments: [id]).map(OutboxRecords.entry(from:))
        }
    }

    /// Records finished delivery attempts in one transaction: one commit for a whole group.
    public func record(_ outcomes: [DeliveryOutcome]) throws {
        guard !outcomes.isEmpty else { return }
        let (delivered, dead) = try database.write { db in
            var delivered = 0
            var dead = 0
            let deliveredStatement = try db.cachedStatement(sql: "UPDATE notification SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
            let failedStatement = try db.cachedStatement(
                sql: "UPDATE notification SET attempts = attempts + 1, last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at), dead_at = ? WHERE id = ?")
            for outcome in outcomes {
                let wasPending = try OutboxRecords.isPending(outcome.id, in: db)
                switch outcome.result {
                case .delivered:
                    try deliveredStatement.execute(arguments: [outcome.at.milliseconds, outcome.id])
                    if wasPending { delivered += 1 }
                case .failed(let error, let retryAt):
                    try failedStatement.execute(arguments: [error, retryAt?.milliseconds, retryAt == nil ? outcome.at.milliseconds : nil, outcome.id])
                    if wasPending && retryAt == nil { dead += 1 }
                }
            }
            return (delivered, dead)
        }
        outboxTally.withLock { $0 = ($0.pending - delivered - dead, $0.dead + dead) }
    }

    /// Requeues a dead notification for delivery now; false when there is no dead one with this id.
    public func requeue(_ id: Int64, at date: Date) throws -> Bool {
        let requeued = try database.write { db in
            try db.execute(sql: "UPDATE notification SET dead_at = NULL, attempts = 0, next_attempt_at = ? WHERE id = ? AND dead_at IS NOT NULL", arguments: [date.milliseconds, id])
            return db.changesCount == 1
        }
        if requeued { outboxTally.withLock { $0 = ($0.pending + 1, $0.dead - 1) } }
        return requeued
    }

    /// Notifications in the given states, newest first.
    public func outbox(states: Set<OutboxEntry.State>, limit: Int) throws -> [OutboxEntry] {
        var conditions: [String] = []
        if states.contains(.pending) { conditions.append("(\(OutboxRecords.pending))") }
        if states.contains(.delivered) { conditions.append("delivered_at IS NOT NULL") }
        if states.contains(.dead) { conditions.append("dead_at IS NOT NULL") }
        guard !conditions.isEmpty else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM notification WHERE \(conditions.joined(separator: " OR ")) ORDER BY id DESC LIMIT ?", arguments: [limit])
                .map(OutboxRecords.entry(from:))
        }
    }

    /// Counts of pending and dead notifications, for status; kept in memory, no query.
    public func outboxCounts() -> (pending: Int, dead: Int) {
        outboxTally.withLock { $0 }
    }
}
