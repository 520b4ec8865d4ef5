import GRDB

/// The versioned schema of the state database; migrations are append-only.
enum StateMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-daemon-runs") { db in
            try db.create(table: "daemon_run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("started_at", .datetime).notNull()
                table.column("stopped_at", .datetime)
                table.column("version", .text).notNull()
                table.column("pid", .integer).notNull()
            }
        }
        return migrator
    }
}
