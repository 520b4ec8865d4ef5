import DutyCore
import Foundation
import GRDB

/// Reads and writes the `link` table: the personal links, by the SHA-256 of their tokens.
enum LinkRecords {
    static let columns = "hash, person, subject_kind, subject_id, created_at, expires_at, revoked_at, uses, last_used_at"

    /// Stores a link newly issued.
    static func insert(_ link: StoredLink, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO link (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                link.hash, link.person, link.subject.kind, link.subject.id, link.createdAt.milliseconds, link.expiresAt?.milliseconds,
                link.revokedAt?.milliseconds, link.uses, link.lastUsedAt?.milliseconds,
            ])
    }

    /// The links matching `condition` (SQL after WHERE), newest first.
    static func fetch(_ condition: String, _ arguments: StatementArguments = [], in db: Database) throws -> [StoredLink] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM link WHERE \(condition) ORDER BY created_at DESC, hash", arguments: arguments)
            .compactMap(link)
    }

    /// Counts one change asked through the link of `hash`.
    static func use(_ hash: String, at date: Date, in db: Database) throws {
        try db.execute(sql: "UPDATE link SET uses = uses + 1, last_used_at = ? WHERE hash = ?", arguments: [date.milliseconds, hash])
    }

    /// Marks the links of `hashes` revoked at `date` (those already revoked keep their time).
    static func revoke(_ hashes: [String], at date: Date, in db: Database) throws {
        for hash in hashes {
            try db.execute(sql: "UPDATE link SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL", arguments: [date.milliseconds, hash])
        }
    }

    private static func link(_ row: Row) -> StoredLink? {
        guard let subject = LinkSubject(kind: row["subject_kind"], id: row["subject_id"]) else { return nil }
        let date: (String) -> Date? = { column in (row[column] as Int64?).map(Date.init(milliseconds:)) }
        return StoredLink(
            hash: row["hash"], person: row["person"], subject: subject, createdAt: Date(milliseconds: row["created_at"]),
            expiresAt: date("expires_at"), revokedAt: date("revoked_at"), uses: row["uses"], lastUsedAt: date("last_used_at"))
    }
}
