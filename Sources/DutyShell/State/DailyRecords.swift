import DutyCore
import Foundation
import GRDB

/// Reads and writes the daily reports units filed, the days they missed and the days sent.
enum DailyRecords {
    static func save(_ filings: [DailyFiling], in db: Database) throws {
        for filing in filings {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO daily_report (unit, date, note, filed_at, filed_by, late) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [filing.unit, filing.date.description, filing.note, filing.filedAt.milliseconds, filing.filedBy, filing.late])
        }
    }

    /// Records the units' days found unfiled at the deadline and the days sent at `send_at`.
    static func save(misses: [DailyMiss], sends: [DailySend], in db: Database) throws {
        for miss in misses {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO daily_report_missed (unit, date, missed_at) VALUES (?, ?, ?)")
                .execute(arguments: [miss.unit, miss.date.description, miss.missedAt.milliseconds])
        }
        for send in sends {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO daily_report_sent (date, sent_at) VALUES (?, ?)")
                .execute(arguments: [send.date.description, send.sentAt.milliseconds])
        }
    }
}

extension StateStore {
    /// Every daily report filed, missed and sent, to rebuild the book at start.
    public func loadDailyBook() throws -> DailyBook {
        try database.read { db in
            let filings = try Row.fetchAll(db, sql: "SELECT * FROM daily_report").compactMap { row -> DailyFiling? in
                guard let date = LocalDate(row["date"] as String) else { return nil }
                return DailyFiling(
                    unit: row["unit"], date: date, note: row["note"], filedAt: Date(milliseconds: row["filed_at"]), filedBy: row["filed_by"],
                    late: row["late"])
            }
            let missed = try Row.fetchAll(db, sql: "SELECT * FROM daily_report_missed").compactMap { row -> DailyMiss? in
                LocalDate(row["date"] as String).map { DailyMiss(unit: row["unit"], date: $0, missedAt: Date(milliseconds: row["missed_at"])) }
            }
            let sent = try Row.fetchAll(db, sql: "SELECT * FROM daily_report_sent").compactMap { row -> DailySend? in
                LocalDate(row["date"] as String).map { DailySend(date: $0, sentAt: Date(milliseconds: row["sent_at"])) }
            }
            return DailyBook(filings: filings, missed: missed, sent: sent)
        }
    }
}
