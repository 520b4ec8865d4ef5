import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl status`: what the daemon is doing now.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the daemon's state: configuration, open alerts, next check.",
        discussion: """
            Examples:
              dutyctl status
              dutyctl status --json
              dutyctl --socket /tmp/dutyd-1000/control status
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let reply = try global.connect().call(DutydInterface.status, NoParameters(), returning: StatusReply.self)
        if global.json { return try printJSON(reply) }
        print(TextTable.keyValue([
            ("daemon", "dutyd \(reply.version), pid \(reply.pid), running since \(reply.startedAt)"),
            ("configuration", "\(reply.configFile) (loaded \(reply.configLoadedAt))"),
            ("time zone", reply.timeZone),
            ("state", reply.stateDatabase),
            ("organisation", "\(reply.units) units, \(reply.people) people, \(reply.policies) escalation policies"),
            ("open alerts", "\(reply.openAlerts)"),
            ("notifications", "\(reply.pendingNotifications) pending, \(reply.deadNotifications) dead" + (reply.deadNotifications > 0 ? " (dutyctl outbox)" : "")),
            ("next check", reply.nextCheck),
        ]))
    }
}
