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
        try Self.show(socket: global.socketPath, json: global.json)
    }

    /// Asks the daemon at `socket` for its state and prints it as a table, or as JSON.
    static func show(socket: String, json: Bool) throws {
        guard let reply = StatusReply(json: try VarlinkClient(path: socket).call(DutydInterface.status)) else {
            throw CLIError.unexpectedReply(to: DutydInterface.status)
        }
        if json { return try printJSON(reply) }
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

extension StatusCommand {
    /// The arguments of a plain `dutyctl status` call, read without ArgumentParser.
    ///
    /// ArgumentParser finds a command's options by reflection, which costs more than the whole
    /// call to the daemon, and `status` is what monitoring scripts run over and over. Only
    /// `status` with `--json` and `--socket PATH` (or `--socket=PATH`), each at most once, in
    /// any order, is read here; anything else (help, a typo, a repeated option) is left to
    /// ArgumentParser, so its messages and exit statuses stay the same.
    struct Shortcut {
        var socket: String?
        var json = false

        /// The shortcut for `arguments` (without the program name), or nil to use ArgumentParser.
        init?(_ arguments: some Sequence<String>) {
            var verb = false
            var arguments = arguments.makeIterator()
            while let argument = arguments.next() {
                switch argument {
                case "status" where !verb:
                    verb = true
                case "--json" where !json:
                    json = true
                case "--socket" where socket == nil:
                    guard let path = arguments.next(), !path.hasPrefix("-") else { return nil }
                    socket = path
                case _ where argument.hasPrefix("--socket=") && argument != "--socket=" && socket == nil:
                    socket = String(argument.dropFirst("--socket=".count))
                default:
                    return nil
                }
            }
            guard verb else { return nil }
        }
    }
}
