import DutyCore
import Foundation
import GRDB

/// Reads and writes the replies kept under idempotency keys (table `idempotent_reply`).
enum IdempotencyRecords {
    /// Writes the change's kept replies and deletes those expired by its cutoff, inside the change's transaction.
    static func save(_ change: StateChange, in db: Database) throws {
        if let cutoff = change.repliesExpiredBy {
            try db.cachedStatement(sql: "DELETE FROM idempotent_reply WHERE expires_at <= ?").execute(arguments: [cutoff.milliseconds])
        }
        for stored in change.storedReplies {
            try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO idempotent_reply (key, method, reply, stored_at, expires_at) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [stored.key, stored.method, Data(stored.reply), stored.storedAt.milliseconds, stored.expiresAt.milliseconds])
        }
    }
}

extension StateStore {
    /// The replies kept under keys that have not expired by `now`, to rebuild the engine's book at start.
    public func loadIdempotencyBook(now: Date) throws -> IdempotencyBook {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM idempotent_reply WHERE expires_at > ?", arguments: [now.milliseconds])
            return IdempotencyBook(replies: rows.map { row in
                StoredReply(
                    key: row["key"], method: row["method"], reply: [UInt8](row["reply"] as Data), storedAt: Date(milliseconds: row["stored_at"]),
                    expiresAt: Date(milliseconds: row["expires_at"]))
            })
        }
    }
}
