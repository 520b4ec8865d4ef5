import ArgumentParser
import DutyProtocol

/// `dutyctl reload`: re-read the configuration without restarting.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Re-read the configuration; a broken one is rejected and the running one stays.",
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
        print("configuration reloaded at \(reply.configLoadedAt): \(reply.units) units, \(reply.people) people, \(reply.policies) escalation policies")
    }
}
