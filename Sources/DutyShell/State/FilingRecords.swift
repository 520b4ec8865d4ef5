import DutyCore
import Foundation
import GRDB

/// Reads and writes the holiday roster filings (报备).
enum FilingRecords {
    static func save(_ filings: [RosterFiling], in db: Database) throws {
        for filing in filings {
            try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO roster_filing (unit, period, filed_at, filed_by, missed_at) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [filing.unit, filing.period, filing.filedAt?.milliseconds, filing.filedBy, filing.missedAt?.milliseconds])
        }
    }

    static func filing(from row: Row) -> RosterFiling {
        RosterFiling(
            unit: row["unit"], period: row["period"], filedAt: (row["filed_at"] as Int64?).map(Date.init(milliseconds:)), filedBy: row["filed_by"],
            missedAt: (row["missed_at"] as Int64?).map(Date.init(milliseconds:)))
    }
}

extension StateStore {
    /// Every roster filing, to rebuild the filing book at start.
    public func loadFilingBook() throws -> FilingBook {
        try database.read { db in FilingBook(filings: try Array(Row.fetchCursor(db, sql: "SELECT * FROM roster_filing").map(FilingRecords.filing(from:)))) }
    }
}
