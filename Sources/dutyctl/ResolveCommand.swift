import ArgumentParser
import DutyProtocol

/// `dutyctl resolve ID`: end an alert.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: tr("Resolve an alert: the matter is dealt with and the alert ends."),
        discussion: """
            dutyd records your user name, the time and the note in the alert's history. \
            Needs root or the admin group.

            Examples:
              sudo dutyctl resolve 17
              sudo dutyctl resolve 17 --note "消防通道已清理，校长现场确认"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The alert's id, as dutyctl alerts lists it.")
    var id: Int64

    @Option(help: "How it was dealt with, kept in the alert's history.")
    var note: String?

    func run() throws {
        let request = AlertActionRequest(id: id, note: note)
        let reply = try global.connect().call(DutydInterface.resolve, onBehalf.wrap(request), returning: AlertReply.self)
        if global.json { return try printJSON(reply) }
        global.say(tr("alert {0} resolved", String(reply.alert.id)) + (reply.alert.resolvedAt.map { tr(" at {0}", $0) } ?? ""))
    }
}
