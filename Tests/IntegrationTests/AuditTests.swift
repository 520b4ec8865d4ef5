import DutyCore
import DutyProtocol
import Foundation
import GRDB
import Testing

@testable import DutyShell

/// `dutyctl audit verify` against a real dutyd whose database is edited with sqlite3 while it is stopped.
@Suite("Audit: rows against history, the keyed chain, anchors in the journal")
struct AuditTests {
    /// Runs sqlite3 on the daemon's state database; the daemon must be stopped.
    static func sqlite(_ daemon: DaemonHarness, _ statement: String) throws {
        let result = try run(URL(filePath: "/usr/bin/sqlite3"), [daemon.stateDatabase.path, statement])
        #expect(result.status == 0, "sqlite3 failed: \(result.stderr)")
    }

    /// Two incidents reported and the first acknowledged: three history records.
    static func reportAndAcknowledge(_ daemon: DaemonHarness) throws {
        let connection = try RawVarlinkConnection(path: daemon.socket)
        for unit in ["dg-sy", "ls-ez"] {
            _ = try connection.call(DutydInterface.report, ReportRequest(unit: unit, summary: "演练"), returning: ReportReply.self).get()
        }
        _ = try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: 1, note: "已电话联系"), returning: AlertReply.self).get()
    }

    static func verify(_ daemon: DaemonHarness) throws -> AuditVerifyReply {
        try RawVarlinkConnection(path: daemon.socket).call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self).get()
    }

    @Test("an alert row set back to triggered with sqlite3 is named: which row, which field, expected and found; a time moved shows as one")
    func editedRowIsFound() throws {
        let daemon = try DaemonHarness()
        try Self.reportAndAcknowledge(daemon)
        #expect(try Self.verify(daemon).intact)
        #expect(daemon.stop() == 0)

        try Self.sqlite(daemon, "UPDATE alert SET state = 'triggered', acknowledged_by = NULL, acknowledged_at = NULL WHERE id = 1")
        try daemon.start()
        let reply = try Self.verify(daemon)
        #expect(reply.intact == false && reply.firstBroken == nil)
        #expect(reply.mismatch == AuditRowMismatch(row: "alert:1", field: "state", expected: "acknowledged", found: "triggered"))
        let cli = try daemon.dutyctl(["audit", "verify"])
        #expect(cli.status == 1)
        #expect(cli.stderr.contains("row alert:1 does not hold what its history implies: state should be \"acknowledged\", the row holds \"triggered\""))
        #expect(daemon.stop() == 0)

        try Self.sqlite(daemon, "UPDATE alert SET state = 'acknowledged', acknowledged_by = 'root', acknowledged_at = raised_at - 86400000 WHERE id = 1")
        try daemon.start()
        let moved = try #require(try Self.verify(daemon).mismatch)
        #expect(moved.row == "alert:1" && moved.field == "acknowledged_at" && moved.expected != moved.found)
        #expect(moved.found.hasSuffix("+08:00"))
    }

    @Test("a record edited and the chain recomputed with plain SHA-256 does not pass without the audit key")
    func recomputedChainIsFound() throws {
        let daemon = try DaemonHarness()
        try Self.reportAndAcknowledge(daemon)
        #expect(daemon.stop() == 0)
        let key = try Data(contentsOf: daemon.stateDatabase.deletingLastPathComponent().appending(path: "audit-key"))
        #expect(key.count == 32)

        let database = try DatabaseQueue(path: daemon.stateDatabase.path)
        try database.write { db in
            try db.execute(sql: "UPDATE history SET actor = 'someone-else' WHERE seq = 3")
            var previous = HistoryChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT * FROM history ORDER BY seq") {
                let record = HistoryChain.Record(
                    seq: row["seq"], subject: row["subject"], time: row["time"], actor: row["actor"], action: row["action"],
                    level: row["level"], note: row["note"], recipients: row["recipients"], dueAt: row["due_at"], previousHash: previous)
                previous = record.hash
                try db.execute(sql: "UPDATE history SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [record.previousHash, previous, record.seq])
            }
        }
        try daemon.start()
        let reply = try Self.verify(daemon)
        #expect(reply.intact == false)
        #expect(reply.firstBroken == 1)
        #expect(reply.problem?.contains("record 1 (alert:1, raised) was changed after it was written: its content no longer matches its MAC under the audit key") == true)
    }

    /// Waits until the journal holds the anchor of record `seq`, as `audit verify` reads it.
    static func awaitAnchor(_ daemon: DaemonHarness, _ seq: Int64) throws -> Bool {
        eventually(within: 30) { (try? Self.verify(daemon).lastAnchored) == seq }
    }

    @Test("records cut from the end, then all records, are reported as truncation with the numbers, from the journal's anchors")
    func truncationIsFound() throws {
        guard JournalWriter.isAvailable else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
            return
        }
        let daemon = try DaemonHarness()
        try Self.reportAndAcknowledge(daemon)
        #expect(try Self.awaitAnchor(daemon, 3), "no anchor of record 3 in the journal; daemon log:\n\(daemon.log())")
        #expect(try Self.verify(daemon).intact)
        #expect(daemon.stop() == 0)

        try Self.sqlite(daemon, "DELETE FROM history WHERE seq > 1")
        try daemon.start()
        let cut = try daemon.dutyctl(["audit", "verify"])
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("the history ends at record 1, but the journal anchored records up to 3: at least 2 records were removed from its end"), "\(cut.stderr)")
        #expect(daemon.stop() == 0)

        try Self.sqlite(daemon, "DELETE FROM history")
        try daemon.start()
        let reply = try Self.verify(daemon)
        #expect(reply.intact == false && reply.records == 0 && reply.lastAnchored == 3)
        #expect(reply.problem == "the history is empty, but the journal anchored records up to 3: all records were removed")
    }

    @Test("a burst of changes writes one anchor a second, not one per commit, and the last at stop")
    func anchorsAreCoalesced() throws {
        guard JournalWriter.isAvailable else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
            return
        }
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        for round in 0..<40 {
            _ = try connection.call(DutydInterface.report, ReportRequest(unit: "dg-sy", summary: "第\(round)次演练"), returning: ReportReply.self).get()
        }
        #expect(daemon.stop() == 0)
        var anchors: [HistoryAnchor] = []
        #expect(eventually(within: 30) {
            anchors = (try? JournalAnchors.read(stateDatabase: daemon.stateDatabase.path)) ?? []
            return anchors.last?.seq == 40
        }, "anchors found: \(anchors.map(\.seq))")
        #expect(anchors.count < 40)
        #expect(anchors.map(\.seq) == anchors.map(\.seq).sorted())
    }

    @Test("a history written before the audit key keeps verifying with SHA-256; records after the upgrade carry the key's MAC")
    func unkeyedChainStaysVerifiable() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-audit-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try DatabaseQueue(path: directory.appending(path: "state.sqlite").path)
        try StateMigrations.migrator.migrate(database, upTo: "v7-notification-channel-index")
        try database.write { db in
            var previous = HistoryChain.genesis
            for (seq, action) in [(Int64(1), "reminded"), (2, "checked_in")] {
                let record = HistoryChain.Record(
                    seq: seq, subject: "shift:dg-sy/2026-05-01T08:00", time: 1_777_593_600_000 + seq, actor: "dutyd", action: action, level: 0,
                    note: nil, recipients: "[]", dueAt: nil, previousHash: previous)
                previous = record.hash
                try db.execute(
                    sql: "INSERT INTO history (seq, subject, time, actor, action, level, note, recipients, due_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [seq, record.subject, record.time, record.actor, record.action, 0, nil, "[]", nil, record.previousHash, previous])
            }
        }

        let store = try StateStore(directory: directory.path)
        #expect(store.keyedFrom == 3)
        #expect(try store.auditHistory(anchors: []) == { var audit = HistoryAudit(); audit.records = 2; audit.lastSeq = 2; return audit }())
        let raisedAt = Date(milliseconds: 1_777_600_000_000)
        let alert = Alert(
            id: 1, kind: .incident, risk: .high, subject: AlertSubject(.incident, "I1"), unit: "dg-sy", summary: "演练",
            contacts: SubjectContacts(responsible: []), raisedAt: raisedAt, nextDueAt: raisedAt + 600)
        let head = try store.commit([StateChange(alerts: [alert], events: [AlertEvent(alertID: 1, time: raisedAt, actor: .daemon, action: .raised, level: 0)])])
        #expect(head?.seq == 3)
        let audit = try store.auditHistory(anchors: [try #require(head)])
        #expect(audit.intact && audit.records == 3 && audit.anchors == 1)
        let third = try database.read { db in try #require(try Row.fetchOne(db, sql: "SELECT * FROM history WHERE seq = 3")) }
        let plain = HistoryChain.Record(
            seq: 3, subject: third["subject"], time: third["time"], actor: third["actor"], action: third["action"], level: third["level"],
            note: third["note"], recipients: third["recipients"], dueAt: third["due_at"], previousHash: third["prev_hash"]).hash
        #expect((third["hash"] as String) != plain)

        try database.write { try $0.execute(sql: "UPDATE history SET actor = 'root' WHERE seq = 1") }
        let edited = try store.auditHistory(anchors: [])
        #expect(edited.firstBroken == 1)
        #expect(edited.chainProblem == "record 1 (shift:dg-sy/2026-05-01T08:00, reminded) was changed after it was written: its content no longer matches its hash")
    }
}
