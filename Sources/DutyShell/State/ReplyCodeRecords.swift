import DutyCore
import Foundation
import GRDB

/// Reads and writes the `reply_code` table: the reply codes SMS notifications carried.
enum ReplyCodeRecords {
    /// Stores codes newly issued, in the transaction that queues their SMS.
    static func save(_ codes: [ReplyCode], in db: Database) throws {
        for code in codes {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO reply_code (person, code, alert_id, issued_at) VALUES (?, ?, ?, ?)")
                .execute(arguments: [code.person, code.code, code.alertID, code.issuedAt.milliseconds])
        }
    }

    /// Every code issued.
    static func all(in db: Database) throws -> [ReplyCode] {
        try Row.fetchAll(db, sql: "SELECT person, code, alert_id, issued_at FROM reply_code").map { row in
            ReplyCode(person: row["person"], code: row["code"], alertID: row["alert_id"], issuedAt: Date(milliseconds: row["issued_at"]))
        }
    }
}
