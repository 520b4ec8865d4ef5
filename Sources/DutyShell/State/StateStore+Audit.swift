import DutyCore
import Foundation
import GRDB

extension StateStore {
    /// Checks the whole history: recomputes the chain (SHA-256 before `keyed_from`, the audit key's
    /// HMAC from there on), compares the records that `anchors` from the journal name, and replays
    /// the history to compare every alert and hazard row with what it implies.
    public func auditHistory(anchors: [HistoryAnchor]) throws -> HistoryAudit {
        try database.read { db in
            var audit = HistoryAudit()
            var replay = RowAudit()
            let anchored = Dictionary(anchors.map { ($0.seq, $0.mac) }, uniquingKeysWith: { first, _ in first })
            var previousHash = HistoryChain.genesis
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM history ORDER BY seq")
            while let row = try cursor.next() {
                audit.records += 1
                let record = HistoryChain.Record(
                    seq: row["seq"], subject: row["subject"], time: row["time"], actor: row["actor"], action: row["action"],
                    level: row["level"], note: row["note"], recipients: row["recipients"], dueAt: row["due_at"],
                    previousHash: row["prev_hash"], rowState: row["row_state"])
                let stored: String = row["hash"]
                audit.lastSeq = record.seq
                if audit.chainProblem == nil, let problem = chainProblem(record, stored: stored, previousHash: previousHash) {
                    (audit.firstBroken, audit.chainProblem) = (record.seq, problem)
                }
                if audit.anchorProblem == nil, let mac = anchored[record.seq], mac != stored {
                    audit.anchorProblem = "record \(record.seq) (\(record.subject), \(record.action)) is not the one the journal anchored: "
                        + "its MAC is \(stored.prefix(16))…, the journal's \(mac.prefix(16))…; the history was rewritten from there"
                }
                previousHash = stored
                replay.replay(subject: record.subject, recorded: record.rowState.flatMap { AuditedRow(subject: record.subject, recorded: $0) })
            }
            audit.anchors = anchors.count
            audit.lastAnchored = anchors.map(\.seq).max()
            if audit.anchorProblem == nil, let last = audit.lastAnchored, last > audit.lastSeq {
                audit.anchorProblem = audit.records == 0
                    ? "the history is empty, but the journal anchored records up to \(last): all records were removed"
                    : "the history ends at record \(audit.lastSeq), but the journal anchored records up to \(last): "
                        + "at least \(last - audit.lastSeq) records were removed from its end"
            }
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM alert ORDER BY id").map { AuditedRow(try AlertRecords.alert(from: $0)) }
                + Row.fetchAll(db, sql: "SELECT * FROM hazard ORDER BY number").map { AuditedRow(try HazardRecords.hazard(from: $0)) }
            audit.rowMismatch = replay.firstMismatch(in: rows)
            return audit
        }
    }

    /// Why `record` does not hold in the chain, if it does not.
    private func chainProblem(_ record: HistoryChain.Record, stored: String, previousHash: String) -> String? {
        let description = "record \(record.seq) (\(record.subject), \(record.action))"
        if record.previousHash != previousHash {
            return "\(description) does not follow the record before it: a record before it was changed, removed or inserted"
        }
        guard record.seal(keyedFrom: keyedFrom, key: auditKey.key) != stored else { return nil }
        return record.seq >= keyedFrom
            ? "\(description) was changed after it was written: its content no longer matches its MAC under the audit key \(auditKey.path)"
            : "\(description) was changed after it was written: its content no longer matches its hash"
    }
}
