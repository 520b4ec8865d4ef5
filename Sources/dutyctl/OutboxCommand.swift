import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl outbox`: notifications waiting, delivered or given up.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List notifications in the outbox, or requeue a dead one.",
        discussion: """
            Examples:
              dutyctl outbox
              dutyctl outbox --state dead
              sudo dutyctl outbox retry 42
            """,
        subcommands: [OutboxListCommand.self, OutboxRetryCommand.self],
        defaultSubcommand: OutboxListCommand.self
    )
}

/// `dutyctl outbox list`: the table of notifications.
struct OutboxListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List pending and dead notifications (or those in --state).",
        discussion: """
            A dead notification failed on every attempt its channel allows; LAST ERROR says why. \
            Fix the channel, then requeue it with dutyctl outbox retry ID.

            Examples:
              dutyctl outbox list --state all --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "pending, delivered, dead or all (default: pending and dead).")
    var state: String?

    func run() throws {
        let reply = try global.connect().call(DutydInterface.outbox, OutboxRequest(state: state), returning: OutboxReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.notifications.isEmpty else { return print("no notifications waiting") }
        let rows = reply.notifications.map { entry in
            [
                String(entry.id), entry.state, String(entry.alert), String(entry.level), entry.recipient, entry.channel,
                String(entry.attempts), DisplayWidth.truncate(entry.lastError ?? "", to: 40),
            ]
        }
        let columns: [TextTable.Column] = [
            .init("ID", alignment: .right), .init("STATE"), .init("ALERT", alignment: .right), .init("LEVEL", alignment: .right),
            .init("RECIPIENT"), .init("CHANNEL"), .init("ATTEMPTS", alignment: .right), .init("LAST ERROR"),
        ]
        print(TextTable(columns: columns, rows: rows).render())
    }
}

/// `dutyctl outbox retry ID`: deliver a dead notification again.
struct OutboxRetryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Requeue a dead notification for delivery now.",
        discussion: """
            Needs root or the admin group.

            Examples:
              sudo dutyctl outbox retry 42
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The notification's id, as dutyctl outbox lists it.")
    var id: Int64

    func run() throws {
        let reply = try global.connect().call(DutydInterface.retryNotification, NotificationIDRequest(id: id), returning: NotificationReply.self)
        if global.json { return try printJSON(reply) }
        print("notification \(reply.notification.id) to \(reply.notification.recipient) via \(reply.notification.channel) queued again")
    }
}
