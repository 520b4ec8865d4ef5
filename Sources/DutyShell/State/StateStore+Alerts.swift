import DutyCore
import Foundation
import GRDB

/// One history record as read back.
public struct HistoryEntry: Sendable, Equatable {
    public var seq: Int64
    public var time: Date
    public var actor: String
    public var action: String
    public var level: Int
    public var note: String?
    public var recipients: [String]
    public var dueAt: Date?
}

extension StateStore {
    /// Every alert and incident, to rebuild the engine's book at start.
    public func loadAlertBook() throws -> AlertBook {
        try database.read { db in
            let alerts = try Array(Row.fetchCursor(db, sql: "SELECT * FROM alert").map(AlertRecords.alert(from:)))
            let incidents = try Array(Row.fetchCursor(db, sql: "SELECT * FROM incident").map(AlertRecords.incident(from:)))
            return AlertBook(alerts: alerts, incidents: incidents)
        }
    }

    /// Who was told about each open alert, from its notifications in the outbox (`NoticeAudience`).
    public func loadNoticeAudience() throws -> NoticeAudience {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT n.alert_id, n.recipient, n.channel FROM notification n JOIN alert a ON a.id = n.alert_id
                    WHERE a.state != 'resolved' ORDER BY n.id
                    """)
            return NoticeAudience(rows: rows.map { (alertID: $0[0], recipient: $0[1], channel: $0[2]) })
        }
    }

    /// Every reply code SMS notifications carried, for `dutyctl reply`.
    public func loadReplyCodeBook() throws -> ReplyCodeBook {
        try database.read { db in ReplyCodeBook(codes: try ReplyCodeRecords.all(in: db)) }
    }

    /// Commits the changes, in order, in one transaction (a group commit), chaining each event onto the history.
    /// Returns the head of the chain when the commit appended to it, for the journal's anchor.
    @discardableResult
    public func commit(_ changes: [StateChange]) throws -> HistoryAnchor? {
        let changes = changes.filter { !$0.isEmpty }
        guard !changes.isEmpty else { return nil }
        let (queued, head) = try database.write { db in
            let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1"))
            let start = (seq: last?["seq"] ?? 0, hash: last?["hash"] ?? HistoryChain.genesis) as (seq: Int64, hash: String)
            var chain = start
            var queued = 0
            for change in changes { queued += try write(change, onto: &chain, in: db) }
            return (queued, chain.seq > start.seq ? HistoryAnchor(seq: chain.seq, mac: chain.hash) : nil)
        }
        outboxTally.withLock { $0.pending += queued }
        return head
    }

    /// Writes one change inside a transaction, chaining its events after `chain`; returns how many notifications it queued.
    private func write(_ change: StateChange, onto chain: inout (seq: Int64, hash: String), in db: Database) throws -> Int {
        for alert in change.alerts { try AlertRecords.save(alert, in: db) }
        for incident in change.incidents { try AlertRecords.save(incident, in: db) }
        for hazard in change.hazards { try HazardRecords.save(hazard, in: db) }
        let queued = try change.notifications.filter { try OutboxRecords.enqueue($0, in: db) }.count
        try ReplyCodeRecords.save(change.replyCodes, in: db)
        try RosterRecords.save(change.duty, watermark: change.dutyWatermark, in: db)
        try SwapRecords.save(change.swaps, in: db)
        try FilingRecords.save(change.filings, in: db)
        try IdempotencyRecords.save(change, in: db)
        try DailyRecords.save(change.dailyFilings, in: db)
        for use in change.linkUses { try LinkRecords.use(use.hash, at: use.at, in: db) }
        var (seq, previousHash) = chain
        let alerts = Dictionary(change.alerts.map { (AlertSubject.historySubject(alertID: $0.id), $0) }, uniquingKeysWith: { $1 })
        let hazards = Dictionary(change.hazards.map { ($0.subject.description, $0) }, uniquingKeysWith: { $1 })
        /// The row a record of `subject` leaves behind, as recorded.
        func row(_ subject: String) -> String? {
            alerts[subject].map { AuditedRow($0).recorded } ?? hazards[subject].map { AuditedRow($0).recorded }
        }
        let hazardRecords = change.hazardEvents.map { event in
            (subject: AlertSubject(.hazard, event.hazardID).description, time: event.time.milliseconds, actor: event.actor.description,
             action: event.action.rawValue, level: 0, note: event.note, recipients: AlertRecords.json(event.recipients), dueAt: Int64?.none)
        }
        let alertRecords = change.events.map { event in
            (subject: AlertSubject.historySubject(alertID: event.alertID), time: event.time.milliseconds, actor: event.actor.description,
             action: event.action.rawValue, level: event.level, note: event.note, recipients: AlertRecords.json(event.recipients),
             dueAt: event.dueAt?.milliseconds)
        }
        let shiftRecords = change.duty.events.map { event in
            (subject: AlertSubject(.shift, event.shiftID).description, time: event.time.milliseconds, actor: event.actor.description,
             action: event.action.rawValue, level: 0, note: event.spotCheck.map { "spot check \($0)" + (event.note.map { ": " + $0 } ?? "") },
             recipients: AlertRecords.json(event.recipients), dueAt: event.dueAt?.milliseconds)
        }
        let swapRecords = change.swapEvents.map { event in
            (subject: "swap:\(event.swapID)", time: event.time.milliseconds, actor: event.actor.description, action: "swap_\(event.state.rawValue)",
             level: 0, note: event.note, recipients: AlertRecords.json(event.recipients), dueAt: Int64?.none)
        }
        let dailyRecords = change.dailyFilings.map { filing in
            (subject: "daily:\(DailyBook.key(filing.unit, filing.date))", time: filing.filedAt.milliseconds, actor: filing.filedBy.description,
             action: filing.isZeroReport ? "filed_zero_report" : "filed_note", level: 0, note: filing.note, recipients: AlertRecords.json([]),
             dueAt: Int64?.none)
        }
        let filingRecords = change.filingEvents.map { event in
            (subject: event.filing.subject.description, time: event.time.milliseconds, actor: event.actor.description, action: "roster_filed",
             level: 0, note: event.late ? "late" : String?.none, recipients: "[]", dueAt: Int64?.none)
        }
        for event in hazardRecords + alertRecords + shiftRecords + swapRecords + dailyRecords + filingRecords {
            seq += 1
            let record = HistoryChain.Record(
                seq: seq, subject: event.subject, time: event.time, actor: event.actor, action: event.action, level: event.level,
                note: event.note, recipients: event.recipients, dueAt: event.dueAt, previousHash: previousHash, rowState: row(event.subject))
            previousHash = record.seal(keyedFrom: keyedFrom, key: auditKey.key)
            try db.cachedStatement(
                sql: """
                    INSERT INTO history (seq, subject, time, actor, action, level, note, recipients, due_at, prev_hash, hash, row_state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    record.seq, record.subject, record.time, record.actor, record.action, record.level, record.note,
                    record.recipients, record.dueAt, record.previousHash, previousHash, record.rowState,
                ])
        }
        chain = (seq, previousHash)
        return queued
    }

    /// The history of one alert, oldest first.
    public func history(ofAlert id: Int64) throws -> [HistoryEntry] {
        try history(subject: AlertSubject.historySubject(alertID: id))
    }

    /// The history records of one subject (`alert:17`, `hazard:dg-yey-1`), oldest first.
    func history(subject: String) throws -> [HistoryEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM history WHERE subject = ? ORDER BY seq", arguments: [subject])
                .map { row in
                    HistoryEntry(
                        seq: row["seq"], time: Date(milliseconds: row["time"]), actor: row["actor"], action: row["action"],
                        level: row["level"], note: row["note"], recipients: try AlertRecords.ids(row["recipients"]),
                        dueAt: (row["due_at"] as Int64?).map(Date.init(milliseconds:)))
                }
        }
    }
}

extension AlertSubject {
    /// How an alert's records are keyed in the shared history table.
    static func historySubject(alertID: Int64) -> String { "alert:\(alertID)" }
}
