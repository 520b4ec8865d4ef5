import Foundation
import GRDB

/// One row of the daemon's notification outbox, read straight from its state database.
struct OutboxRow {
    var key: String
    var attempts: Int
    var delivered: Bool
    var dead: Bool
    var lastError: String?

    /// The outbox rows for `channel`, read-only, while the daemon runs.
    static func all(in daemon: DaemonHarness, channel: String) throws -> [OutboxRow] {
        var configuration = Configuration()
        configuration.readonly = true
        let database = try DatabaseQueue(path: daemon.stateDatabase.path, configuration: configuration)
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT key, attempts, delivered_at, dead_at, last_error FROM notification WHERE channel = ? ORDER BY id", arguments: [channel])
                .map { OutboxRow(key: $0["key"], attempts: $0["attempts"], delivered: $0["delivered_at"] as Int64? != nil, dead: $0["dead_at"] as Int64? != nil, lastError: $0["last_error"]) }
        }
    }
}
