import Foundation
import GRDB
import Synchronization

/// The daemon's durable state: one SQLite database in the state directory.
///
/// Every write is a committed transaction (WAL with `synchronous=FULL`) before the caller goes on.
public final class StateStore: Sendable {
    /// Path of the database file.
    public let path: String
    let database: DatabaseQueue
    /// Pending and dead notifications: counted once at open, then kept up to date by every
    /// write to the outbox, so that `Status` does not scan the outbox.
    let outboxTally: Mutex<(pending: Int, dead: Int)>
    /// The key of the history chain.
    let auditKey: AuditKey
    /// The first history record chained with the audit key; those before it carry plain SHA-256 hashes.
    let keyedFrom: Int64

    /// What the store remembers of the previous daemon run.
    public struct PreviousRun: Sendable, Equatable {
        public var startedAt: Date
        /// nil when the run ended without a clean stop (crash, kill, power loss).
        public var stoppedAt: Date?
    }

    /// Opens (creating if needed) `state.sqlite` in `directory`, applies pending migrations and
    /// loads the audit key (`AuditKey`).
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        auditKey = try AuditKey.load(stateDirectory: directory)
        path = directory + "/state.sqlite"
        var configuration = Configuration()
        // Another connection to the file (a previous daemon in the same process, a tool reading
        // the history) is waited for rather than failing the open or a commit at once.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try StateMigrations.migrator.migrate(database)
        outboxTally = Mutex(try database.read { db in try OutboxRecords.counts(in: db) })
        keyedFrom = try database.read { db in try Int64.fetchOne(db, sql: "SELECT keyed_from FROM history_key") ?? 1 }
    }

    /// Records the start of this run and returns what is known of the previous one.
    public func recordStart(at date: Date, version: String, pid: Int32) throws -> PreviousRun? {
        try database.write { db in
            let previous = try Row.fetchOne(db, sql: "SELECT started_at, stopped_at FROM daemon_run ORDER BY id DESC LIMIT 1")
                .map { PreviousRun(startedAt: $0["started_at"], stoppedAt: $0["stopped_at"]) }
            try db.execute(sql: "INSERT INTO daemon_run (started_at, version, pid) VALUES (?, ?, ?)", arguments: [date, version, pid])
            return previous
        }
    }

    /// Where the audit key was read from, and whether it is a systemd credential (the stronger setup).
    public var auditKeySource: (path: String, isCredential: Bool) { (auditKey.path, auditKey.isCredential) }

    /// Marks the current run as stopped cleanly.
    public func recordStop(at date: Date) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE daemon_run SET stopped_at = ? WHERE id = (SELECT MAX(id) FROM daemon_run)", arguments: [date])
        }
    }
}
