import DutyCore
import Foundation
import GRDB

/// Reads and writes the swaps (换班).
enum SwapRecords {
    static func save(_ swaps: [Swap], in db: Database) throws {
        for swap in swaps {
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO swap
                    (id, shift_id, requester, partner, note, requested_by, requested_at, state, decided_by, decided_at, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    swap.id, swap.shiftID, swap.requester, swap.partner, swap.note, swap.requestedBy, swap.requestedAt.milliseconds,
                    swap.state.rawValue, swap.decidedBy, swap.decidedAt?.milliseconds, swap.reason,
                ])
        }
    }

    static func swap(from row: Row) -> Swap {
        Swap(
            id: row["id"], shiftID: row["shift_id"], requester: row["requester"], partner: row["partner"], note: row["note"],
            requestedBy: row["requested_by"], requestedAt: Date(milliseconds: row["requested_at"]),
            state: SwapState(rawValue: row["state"]) ?? .cancelled, decidedBy: row["decided_by"],
            decidedAt: (row["decided_at"] as Int64?).map(Date.init(milliseconds:)), reason: row["reason"])
    }
}

extension StateStore {
    /// Every swap, to rebuild the swap book at start.
    public func loadSwapBook() throws -> SwapBook {
        try database.read { db in SwapBook(swaps: try Array(Row.fetchCursor(db, sql: "SELECT * FROM swap").map(SwapRecords.swap(from:)))) }
    }

    /// The history of one swap, oldest first.
    public func history(ofSwap id: Int64) throws -> [HistoryEntry] {
        try history(subject: "swap:\(id)")
    }
}
