import DutyCore
import Foundation
import GRDB

/// Reads and writes the daily reports units filed.
enum DailyRecords {
    static func save(_ filings: [DailyFiling], in db: Database) throws {
        for filing in filings {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO daily_report (unit, date, note, filed_at, filed_by) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [filing.unit, filing.date.description, filing.note, filing.filedAt.milliseconds, filing.filedBy])
        }
    }
}

extension StateStore {
    /// Every daily report filed, to rebuild the book at start.
    public func loadDailyBook() throws -> DailyBook {
        try database.read { db in
            let filings = try Row.fetchAll(db, sql: "SELECT * FROM daily_report").compactMap { row -> DailyFiling? in
                guard let date = LocalDate(row["date"] as String) else { return nil }
                return DailyFiling(
                    unit: row["unit"], date: date, note: row["note"], filedAt: Date(milliseconds: row["filed_at"]), filedBy: row["filed_by"])
            }
            return DailyBook(filings: filings)
        }
    }
}
