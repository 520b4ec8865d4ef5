import ArgumentParser
import DutyProtocol

/// `dutyctl reload`: re-read the configuration without restarting.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: tr("Re-read the configuration; a broken one is rejected and the running one stays."),
        discussion: """
            Needs root or the admin group. Every error is printed as file:line:column.

            Examples:
              dutyctl reload
              sudo dutyctl reload --json
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let reply = try global.connect().call(DutydInterface.reload, NoParameters(), returning: ReloadReply.self)
        if global.json { return try printJSON(reply) }
        global.say(tr("configuration reloaded at {0}: {1} units, {2} people, {3} escalation policies",
                 reply.configLoadedAt, String(reply.units), String(reply.people), String(reply.policies)))
    }
}
