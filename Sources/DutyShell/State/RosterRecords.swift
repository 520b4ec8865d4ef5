import DutyCore
import Foundation
import GRDB

/// Reads and writes the duty engine's shift records, spot checks and clock.
enum RosterRecords {
    static func save(_ outcome: DutyOutcome, watermark: Date?, in db: Database) throws {
        for record in outcome.records {
            try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO shift_record (shift_id, reminded_at, checked_in_at, checked_in_by, missed_checkin_at) VALUES (?, ?, ?, ?, ?)"
            ).execute(
                arguments: [
                    record.shiftID, record.remindedAt?.milliseconds, record.checkedInAt?.milliseconds, record.checkedInBy,
                    record.missedCheckinAt?.milliseconds,
                ])
        }
        for check in outcome.spotChecks {
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO spot_check
                    (id, shift_id, ordinal, requested_at, requested_by, due_at, confirmed_at, confirmed_by, missed_at, target, method, phone, outcome, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    check.id, check.shiftID, check.ordinal, check.requestedAt.milliseconds, check.requestedBy, check.dueAt.milliseconds,
                    check.confirmedAt?.milliseconds, check.confirmedBy, check.missedAt?.milliseconds, check.target.rawValue,
                    check.report?.method.rawValue, check.report?.phone, check.report?.outcome.rawValue, check.report?.note,
                ])
        }
        if let watermark {
            try db.cachedStatement(sql: "UPDATE duty_clock SET watermark = ? WHERE id = 1").execute(arguments: [watermark.milliseconds])
        }
    }

    static func record(from row: Row) -> ShiftRecord {
        ShiftRecord(
            shiftID: row["shift_id"], remindedAt: date(row["reminded_at"]), checkedInAt: date(row["checked_in_at"]),
            checkedInBy: row["checked_in_by"], missedCheckinAt: date(row["missed_checkin_at"]))
    }

    static func spotCheck(from row: Row) -> SpotCheck {
        SpotCheck(
            id: row["id"], shiftID: row["shift_id"], ordinal: row["ordinal"], requestedAt: Date(milliseconds: row["requested_at"]),
            requestedBy: row["requested_by"], dueAt: Date(milliseconds: row["due_at"]), confirmedAt: date(row["confirmed_at"]),
            confirmedBy: row["confirmed_by"], missedAt: date(row["missed_at"]),
            target: DutyRole(rawValue: row["target"]) ?? .dutyOfficer, report: report(from: row))
    }

    /// What a checker recorded, if the spot check was made by hand.
    private static func report(from row: Row) -> SpotCheckReport? {
        guard let method = SpotCheckMethod(rawValue: row["method"] ?? ""), let outcome = SpotCheckOutcome(rawValue: row["outcome"] ?? "") else { return nil }
        return SpotCheckReport(method: method, phone: row["phone"] ?? "", outcome: outcome, note: row["note"])
    }

    private static func date(_ milliseconds: Int64?) -> Date? {
        milliseconds.map(Date.init(milliseconds:))
    }
}

extension StateStore {
    /// The duty engine's state; on the first start its clock begins at `now` with a random seed, so
    /// shifts whose deadlines passed before dutyd watched them are never judged.
    public func loadDutyBook(now: Date) throws -> DutyBook {
        try database.write { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM duty_clock WHERE id = 1") == nil {
                try db.execute(
                    sql: "INSERT INTO duty_clock (id, watermark, seed) VALUES (1, ?, ?)",
                    arguments: [now.milliseconds, Int64.random(in: Int64.min...Int64.max)])
            }
            let clock = try Row.fetchOne(db, sql: "SELECT watermark, seed FROM duty_clock WHERE id = 1")!
            let records = try Array(Row.fetchCursor(db, sql: "SELECT * FROM shift_record").map(RosterRecords.record(from:)))
            let checks = try Array(Row.fetchCursor(db, sql: "SELECT * FROM spot_check").map(RosterRecords.spotCheck(from:)))
            return DutyBook(
                records: records, spotChecks: checks, watermark: Date(milliseconds: clock["watermark"]),
                seed: UInt64(bitPattern: clock["seed"] as Int64))
        }
    }
}
