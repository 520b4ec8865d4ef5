import DutyCore
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
        migrator.registerMigration("v2-alerts-history") { db in
            try db.create(table: "alert") { table in
                table.primaryKey("id", .integer)
                table.column("kind", .text).notNull()
                table.column("risk", .text)
                table.column("subject", .text).notNull()
                table.column("unit", .text).notNull()
                table.column("summary", .text).notNull()
                table.column("responsible", .text).notNull()
                table.column("duty_officer", .text).notNull()
                table.column("leader_on_duty", .text).notNull()
                table.column("state", .text).notNull()
                table.column("level", .integer).notNull()
                table.column("raised_at", .integer).notNull()
                table.column("next_due_at", .integer)
                table.column("acknowledged_by", .text)
                table.column("acknowledged_at", .integer)
                table.column("resolved_at", .integer)
            }
            try db.create(table: "incident") { table in
                table.primaryKey("id", .text)
                table.column("unit", .text).notNull()
                table.column("summary", .text).notNull()
                table.column("severity", .text).notNull()
                table.column("reported_by", .text).notNull()
                table.column("reported_at", .integer).notNull()
            }
            try db.create(table: "history") { table in
                table.primaryKey("seq", .integer)
                table.column("subject", .text).notNull()
                table.column("time", .integer).notNull()
                table.column("actor", .text).notNull()
                table.column("action", .text).notNull()
                table.column("level", .integer).notNull()
                table.column("note", .text)
                table.column("recipients", .text).notNull()
                table.column("due_at", .integer)
                table.column("prev_hash", .text).notNull()
                table.column("hash", .text).notNull()
            }
            try db.create(index: "history_by_subject", on: "history", columns: ["subject", "seq"])
        }
        migrator.registerMigration("v3-notification-outbox") { db in
            try db.create(table: "notification") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("key", .text).notNull().unique()
                table.column("alert_id", .integer).notNull()
                table.column("level", .integer).notNull()
                table.column("recipient", .text).notNull()
                table.column("channel", .text).notNull()
                table.column("text", .text).notNull()
                table.column("fields", .text).notNull()
                table.column("created_at", .integer).notNull()
                table.column("attempts", .integer).notNull().defaults(to: 0)
                table.column("next_attempt_at", .integer).notNull()
                table.column("delivered_at", .integer)
                table.column("dead_at", .integer)
                table.column("last_error", .text)
            }
            try db.execute(sql: "CREATE INDEX notification_pending ON notification(next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL")
        }
        // dutyctl status counts dead letters; without this it reads every delivered row too.
        migrator.registerMigration("v4-notification-dead-index") { db in
            try db.execute(sql: "CREATE INDEX notification_dead ON notification(dead_at) WHERE dead_at IS NOT NULL")
        }
        migrator.registerMigration("v5-roster") { db in
            try db.create(table: "shift_record") { table in
                table.primaryKey("shift_id", .text)
                table.column("reminded_at", .integer)
                table.column("checked_in_at", .integer)
                table.column("checked_in_by", .text)
                table.column("missed_checkin_at", .integer)
            }
            try db.create(table: "spot_check") { table in
                table.primaryKey("id", .integer)
                table.column("shift_id", .text).notNull()
                table.column("ordinal", .integer)
                table.column("requested_at", .integer).notNull()
                table.column("requested_by", .text).notNull()
                table.column("due_at", .integer).notNull()
                table.column("confirmed_at", .integer)
                table.column("confirmed_by", .text)
                table.column("missed_at", .integer)
            }
            try db.create(table: "duty_clock") { table in
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("watermark", .integer).notNull()
                table.column("seed", .integer).notNull()
            }
        }
        migrator.registerMigration("v6-hazards") { db in
            try db.create(table: "hazard") { table in
                table.primaryKey("id", .text)
                table.column("number", .integer).notNull().unique()
                table.column("serial", .text).notNull()
                table.column("unit", .text).notNull()
                table.column("location", .text).notNull()
                table.column("description", .text).notNull()
                table.column("category", .text).notNull()
                table.column("risk", .text).notNull()
                table.column("measure", .text).notNull()
                table.column("responsible", .text).notNull()
                table.column("deadline", .integer).notNull()
                table.column("status", .text).notNull()
                table.column("progress", .text).notNull()
                table.column("created_at", .integer).notNull()
                table.column("rectified_by", .text)
                table.column("rectified_at", .integer)
                table.column("closed_by", .text)
                table.column("closed_at", .integer)
                table.column("reminded_lead", .integer)
                table.column("overdue_raised", .boolean).notNull()
                table.column("unverified_raised", .boolean).notNull()
            }
        }
        // The outbox worker reads each channel's due notifications on their own, so that a
        // backlog on one channel (the journal's rate) is not scanned to reach another's.
        migrator.registerMigration("v7-notification-channel-index") { db in
            try db.execute(sql: "CREATE INDEX notification_pending_by_channel ON notification(channel, next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL")
        }
        // Branch audit14: each history record keeps the row it left (`audit verify` compares the rows
        // with it), and records from `keyed_from` on are chained with the audit key's HMAC.
        migrator.registerMigration("audit14-keyed-history") { db in
            try db.alter(table: "history") { table in table.add(column: "row_state", .text) }
            try db.create(table: "history_key") { table in
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("keyed_from", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO history_key (id, keyed_from) SELECT 1, COALESCE(MAX(seq), 0) + 1 FROM history")
        }
        // Named after the branch that added it (client14), so that parallel migrations do not collide.
        migrator.registerMigration("client14-idempotent-replies") { db in
            try db.create(table: "idempotent_reply") { table in
                table.primaryKey("key", .text)
                table.column("method", .text).notNull()
                table.column("reply", .blob).notNull()
                table.column("stored_at", .integer).notNull()
                table.column("expires_at", .integer).notNull().indexed()
            }
        }
        // Branch links15: the daemon reads the notifications of open alerts at start, to tell
        // their recipients when they end.
        migrator.registerMigration("links15_notification_by_alert") { db in
            try db.create(index: "notification_by_alert", on: "notification", columns: ["alert_id"])
        }
        // Branch links15: the reply codes SMS notifications carried, matched by `dutyctl reply`.
        migrator.registerMigration("links15_replies") { db in
            try db.create(table: "reply_code") { table in
                table.column("person", .text).notNull()
                table.column("code", .integer).notNull()
                table.column("alert_id", .integer).notNull()
                table.column("issued_at", .integer).notNull()
                table.primaryKey(["person", "code"])
            }
        }
        // Named after the branch that added it (office17): spot checks made by hand record whom
        // they checked and what they found.
        migrator.registerMigration("office17_spot_checks") { db in
            try db.alter(table: "spot_check") { table in
                table.add(column: "target", .text).notNull().defaults(to: DutyRole.dutyOfficer.rawValue)
                table.add(column: "method", .text)
                table.add(column: "phone", .text)
                table.add(column: "outcome", .text)
                table.add(column: "note", .text)
            }
        }
        // Named after the branch that added it (incident17): an incident's structured fields and its written-report deadline.
        migrator.registerMigration("incident17_incident_details") { db in
            try db.alter(table: "incident") { table in
                table.add(column: "occurred_at", .integer)
                table.add(column: "place", .text)
                table.add(column: "category", .text)
                table.add(column: "casualties", .text)
                table.add(column: "actions_taken", .text)
                table.add(column: "reporter", .text)
                table.add(column: "contact_number", .text)
                table.add(column: "written_due_at", .integer)
                table.add(column: "written_at", .integer)
            }
        }
        // Named after the branch that added it (swaps17): swaps (换班) of places in shifts.
        migrator.registerMigration("swaps17_swaps") { db in
            try db.create(table: "swap") { table in
                table.primaryKey("id", .integer)
                table.column("shift_id", .text).notNull()
                table.column("requester", .text).notNull()
                table.column("partner", .text).notNull()
                table.column("note", .text)
                table.column("requested_by", .text).notNull()
                table.column("requested_at", .integer).notNull()
                table.column("state", .text).notNull()
                table.column("decided_by", .text)
                table.column("decided_at", .integer)
                table.column("reason", .text)
            }
        }
        // Named after the branch that added it (daily17): the daily reports units filed, one per unit and day.
        migrator.registerMigration("daily17_reports") { db in
            try db.create(table: "daily_report") { table in
                table.column("unit", .text).notNull()
                table.column("date", .text).notNull()
                table.column("note", .text)
                table.column("filed_at", .integer).notNull()
                table.column("filed_by", .text).notNull()
                table.primaryKey(["unit", "date"])
            }
        }
        // Named after the branch that added it (swaps17): holiday roster filings (报备) and their misses.
        migrator.registerMigration("swaps17_roster_filings") { db in
            try db.create(table: "roster_filing") { table in
                table.column("unit", .text).notNull()
                table.column("period", .text).notNull()
                table.column("filed_at", .integer)
                table.column("filed_by", .text)
                table.column("missed_at", .integer)
                table.primaryKey(["unit", "period"])
            }
        }
        // Named after the branch that added it (links15b): the personal links of the field pages,
        // kept by the SHA-256 of the token only.
        migrator.registerMigration("links15b_links") { db in
            try db.create(table: "link") { table in
                table.primaryKey("hash", .text)
                table.column("person", .text).indexed()
                table.column("subject_kind", .text).notNull()
                table.column("subject_id", .text).notNull()
                table.column("created_at", .integer).notNull()
                table.column("expires_at", .integer)
                table.column("revoked_at", .integer)
                table.column("uses", .integer).notNull().defaults(to: 0)
                table.column("last_used_at", .integer)
            }
        }
        // Named after the branch that added it (missing17): late daily filings (补报), the days a
        // unit filed nothing by the deadline, and the days whose reports dutyd sent by itself.
        migrator.registerMigration("missing17_daily_deadlines") { db in
            try db.alter(table: "daily_report") { table in
                table.add(column: "late", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "daily_report_missed") { table in
                table.column("unit", .text).notNull()
                table.column("date", .text).notNull()
                table.column("missed_at", .integer).notNull()
                table.primaryKey(["unit", "date"])
            }
            try db.create(table: "daily_report_sent") { table in
                table.primaryKey("date", .text)
                table.column("sent_at", .integer).notNull()
            }
        }
        return migrator
    }
}
