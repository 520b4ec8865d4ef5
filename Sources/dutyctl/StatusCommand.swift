import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl status`: what the daemon is doing now.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: tr("Show the daemon's state: configuration, open alerts, next check."),
        discussion: """
            Examples:
              dutyctl status
              dutyctl status --json
              dutyctl --socket /tmp/dutyd-1000/control status
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.show(client: global.connect(), json: global.json, width: global.tableWidth)
    }

    /// Asks the daemon for its state and prints it as a table fitting `width`, or as JSON.
    static func show(client: VarlinkClient, json: Bool, width: Int?) throws {
        guard let reply = StatusReply(json: try client.call(DutydInterface.status)) else {
            throw CLIError.unexpectedReply(to: DutydInterface.status)
        }
        if json { return try printJSON(reply) }
        print(TextTable.keyValue([
            (tr("daemon"), tr("dutyd {0}, pid {1}, running since {2}", reply.version, String(reply.pid), reply.startedAt)),
            (tr("configuration"), tr("{0} (loaded {1})", reply.configFile, reply.configLoadedAt)),
            (tr("time zone"), reply.timeZone),
            (tr("state", context: "database"), reply.stateDatabase),
            (tr("organisation"), tr("{0} units, {1} people, {2} escalation policies", String(reply.units), String(reply.people), String(reply.policies))),
            (tr("open alerts"), "\(reply.openAlerts)"),
            (tr("notifications"), tr("{0} pending, {1} dead", String(reply.pendingNotifications), String(reply.deadNotifications))
                + (reply.deadNotifications > 0 ? " (dutyctl outbox)" : "")),
            (tr("next check"), reply.nextCheck),
        ] + (reply.storageUnavailable.map { [(tr("storage"), tr("UNAVAILABLE ({0}): changes are refused until dutyd can write its database again", $0))] } ?? []),
            width: width))
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
