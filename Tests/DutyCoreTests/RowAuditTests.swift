import DutyCore
import Foundation
import Testing

/// `audit verify` replays the history to what each alert and hazard row should hold now.
@Suite("Row audit: the rows against what their history implies")
struct RowAuditTests {
    typealias At = SimulationClock

    /// Replays the records of `effects` as the state database chains them: each record with the row its change left.
    static func replay(_ effects: [Effects], into audit: inout RowAudit) {
        for effects in effects {
            let change = effects.change
            let rows = Dictionary((change.alerts.map(AuditedRow.init) + change.hazards.map(AuditedRow.init)).map { ($0.subject, $0) }) { $1 }
            let subjects = change.hazardEvents.map { "hazard:\($0.hazardID)" } + change.events.map { "alert:\($0.alertID)" }
            for subject in subjects { audit.replay(subject: subject, recorded: rows[subject]) }
        }
    }

    /// A holiday morning: two missed check-ins at 08:15, the first acknowledged at 08:20.
    static func morning() throws -> (DutyState, RowAudit) {
        var state = try DutyStateTests.state()
        var audit = RowAudit()
        let raised = state.check(now: At.at(5, 1, 8, 15))
        let (acknowledged, _) = state.handle(.acknowledge(alert: 1, note: "已电话联系", actor: "duty-office"), now: At.at(5, 1, 8, 20))
        replay([raised, acknowledged], into: &audit)
        return (state, audit)
    }

    static func rows(_ state: DutyState) -> [AuditedRow] {
        state.alerts.alerts.values.sorted { $0.id < $1.id }.map(AuditedRow.init)
    }

    @Test("rows as the commands and checks left them hold what the history implies")
    func untouchedRowsHold() throws {
        let (state, audit) = try Self.morning()
        #expect(audit.firstMismatch(in: Self.rows(state)) == nil)
    }

    @Test("an acknowledged alert edited back to triggered is named with its field, expected and found")
    func editedStateIsFound() throws {
        let (state, audit) = try Self.morning()
        var rows = Self.rows(state)
        rows[0].fields = rows[0].fields.map { $0.name == "state" ? AuditedRow.Field("state", "triggered") : $0 }
        #expect(audit.firstMismatch(in: rows) == RowMismatch(row: "alert:1", field: "state", expected: "acknowledged", found: "triggered"))
    }

    @Test("a deadline moved, a level lowered: the first differing field of the first differing row, as a time when it is one")
    func editedDeadlineIsFound() throws {
        let (state, audit) = try Self.morning()
        var edited = state.alerts.alerts[2]!
        let due = try #require(edited.nextDueAt)
        edited.nextDueAt = due + 86_400
        edited.level = 0
        var rows = Self.rows(state)
        rows[1] = AuditedRow(edited)
        #expect(audit.firstMismatch(in: rows) == RowMismatch(
            row: "alert:2", field: "next_due_at", expected: String(due.milliseconds), found: String((due + 86_400).milliseconds), isTime: true))
    }

    @Test("a row the history never wrote, and a row deleted while its history remains, are found")
    func insertedAndDeletedRows() throws {
        let (state, audit) = try Self.morning()
        var inserted = state.alerts.alerts[2]!
        inserted.id = 9
        #expect(audit.firstMismatch(in: Self.rows(state) + [AuditedRow(inserted)]) == RowMismatch(row: "alert:9", field: "row", expected: "none", found: "a row", kind: .noHistory))
        #expect(audit.firstMismatch(in: Array(Self.rows(state).prefix(1))) == RowMismatch(row: "alert:2", field: "row", expected: "a row", found: "none", kind: .missing))
    }

    @Test("a hazard's deadline and responsible person are vouched for by its latest record")
    func hazardRows() throws {
        var (book, alerts, _) = try HazardLifecycleTests.imported()
        var audit = RowAudit()
        for hazard in book.hazards.values { audit.replay(subject: hazard.subject.description, recorded: AuditedRow(hazard)) }
        _ = try book.reportRectified(id: "ls-ez-4", note: "已更换", actor: "mali", now: At.at(9, 17, 9), alerts: &alerts)
        let rectified = try #require(book.hazards["ls-ez-4"])
        audit.replay(subject: "hazard:ls-ez-4", recorded: AuditedRow(rectified))
        let rows = book.hazards.values.sorted { $0.number < $1.number }.map(AuditedRow.init)
        #expect(audit.firstMismatch(in: rows) == nil)

        var moved = rectified
        moved.deadline = rectified.deadline + 30 * 86_400
        moved.entry.responsible = "某某"
        let edited = rows.map { $0.subject == "hazard:ls-ez-4" ? AuditedRow(moved) : $0 }
        let mismatch = try #require(audit.firstMismatch(in: edited))
        #expect(mismatch.row == "hazard:ls-ez-4" && mismatch.field == "responsible" && mismatch.found == "某某")
        #expect(mismatch.expected == rectified.entry.responsible)
    }

    @Test("a subject whose latest record predates recorded rows is left unchecked, and the recorded form reads back")
    func legacyRecordsAndRecordedForm() throws {
        let (state, _) = try Self.morning()
        var audit = RowAudit()
        audit.replay(subject: "alert:1", recorded: nil)
        audit.replay(subject: "alert:2", recorded: nil)
        audit.replay(subject: "shift:dg-sy/2026-05-01T08:00", recorded: nil)
        #expect(audit.firstMismatch(in: Self.rows(state)) == nil)
        let row = AuditedRow(state.alerts.alerts[1]!)
        #expect(AuditedRow(subject: row.subject, recorded: row.recorded) == row)
        #expect(AuditedRow(subject: row.subject, recorded: "not json") == nil)
        var awkward = row
        awkward.fields.append(AuditedRow.Field("summary", "引号\" 反斜杠\\ 换行\n\u{1} é"))
        #expect(AuditedRow(subject: row.subject, recorded: awkward.recorded)?.fields == awkward.fields)
    }
}
