import Foundation
import GRDB

/// The personal-link store: each method one committed transaction, as every write of the store.
extension StateStore {
    /// Stores a link newly issued.
    func saveLink(_ link: StoredLink) throws {
        try database.write { db in try LinkRecords.insert(link, in: db) }
    }

    /// The link whose token hashes to `hash`, or nil.
    func link(hash: String) throws -> StoredLink? {
        try database.read { db in try LinkRecords.fetch("hash = ?", [hash], in: db).first }
    }

    /// Every link, or those of `person`, newest first.
    func links(person: String?) throws -> [StoredLink] {
        try database.read { db in
            if let person { return try LinkRecords.fetch("person = ?", [person], in: db) }
            return try LinkRecords.fetch("1", in: db)
        }
    }

    /// The links whose hash starts with `prefix` (lower-case hex).
    func links(hashPrefix prefix: String) throws -> [StoredLink] {
        try database.read { db in try LinkRecords.fetch("substr(hash, 1, ?) = ?", [prefix.count, prefix], in: db) }
    }

    /// Revokes the links of `hashes` at `date`.
    func revokeLinks(_ hashes: [String], at date: Date) throws {
        try database.write { db in try LinkRecords.revoke(hashes, at: date, in: db) }
    }
}
