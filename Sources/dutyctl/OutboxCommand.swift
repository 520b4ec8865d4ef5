import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl outbox`: notifications waiting, delivered or given up.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: tr("List notifications in the outbox, or requeue a dead one."),
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
        abstract: tr("List pending and dead notifications (or those in --state)."),
        discussion: """
            A dead notification failed on every attempt its channel allows; LAST ERROR says why. \
            Fix the channel, then requeue it with dutyctl outbox retry ID.

            Examples:
              dutyctl outbox list --state all --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "\(Vocabulary.outboxStates.help) (default: pending and dead).")
    var state: String?

    func run() throws {
        let request = OutboxRequest(state: state.map { Vocabulary.outboxStates.value(for: $0) ?? $0 })
        let reply = try global.connect().call(DutydInterface.outbox, request, returning: OutboxReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.notifications.isEmpty else { return print(tr("no notifications waiting")) }
        let rows = reply.notifications.map { entry in
            [
                String(entry.id), Vocabulary.outboxStates.show(entry.state), String(entry.alert), String(entry.level), entry.recipient, entry.channel,
                String(entry.attempts), DisplayWidth.truncate(entry.lastError ?? "", to: 40),
            ]
        }
        let columns: [TextTable.Column] = [
            .init(tr("ID"), alignment: .right), .init(tr("STATE")), .init(tr("ALERT"), alignment: .right, priority: 1),
            .init(tr("LEVEL"), alignment: .right, priority: 3), .init(tr("RECIPIENT"), wrapsTo: 8), .init(tr("CHANNEL"), wrapsTo: 8),
            .init(tr("ATTEMPTS"), alignment: .right, priority: 2), .init(tr("LAST ERROR"), wrapsTo: 12),
        ]
        print(TextTable(columns: columns, rows: rows).render(width: global.tableWidth))
    }
}

/// `dutyctl outbox retry ID`: deliver a dead notification again.
struct OutboxRetryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: tr("Requeue a dead notification for delivery now."),
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
        let notification = reply.notification
        global.say(tr("notification {0} to {1} via {2} queued again", String(notification.id), notification.recipient, notification.channel))
    }
}
