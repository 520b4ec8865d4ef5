import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl report follow-up ID --note TEXT`: a follow-up (续报) to everyone already told.
struct ReportFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: tr("Add a follow-up (续报) to an incident; everyone already told is told again."),
        discussion: """
            --written marks it as the incident's written report (书面报告), which a policy's \
            written_within asks for. Needs root or the admin group.

            Examples:
              sudo dutyctl report follow-up I1 --note "学生已脱离危险，家长在院陪护"
              sudo dutyctl report follow-up I1 --note "书面报告已传真市局" --written
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The incident's id (I1, I2 …), as dutyctl report and dutyctl show print it.")
    var id: String

    @Option(help: "What is new.")
    var note: String

    @Flag(help: "This follow-up is the written report.")
    var written = false

    func validate() throws {
        if note.allSatisfy(\.isWhitespace) { throw ValidationError(tr("--note must say what is new.")) }
    }

    func run() throws {
        let request = IncidentStepRequest(incident: id, note: note, written: written ? true : nil)
        let reply = try global.connect().call(DutydInterface.followUpIncident, onBehalf.wrap(request), returning: ReportReply.self)
        if global.json { return try printJSON(reply) }
        print(tr("incident {0} followed up", reply.incident))
        ReportCommand.show(reply, global: global)
    }
}

/// `dutyctl report pass-up ID`: this level passes the incident to the next (上报).
struct ReportPassUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pass-up",
        abstract: tr("Pass an incident up to the next level (上报), which is notified at once."),
        discussion: """
            Under a policy with mandatory_upward, each level below the top must pass the report \
            up: acknowledging it does not stop its climb. Refused for a resolved incident and at \
            the top of its ladder. Needs root or the admin group.

            Examples:
              sudo dutyctl report pass-up I1
              sudo dutyctl report pass-up I1 --note "已电话报告市教育局值班室" --for 刘洋
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The incident's id (I1, I2 …).")
    var id: String

    @Option(help: "A note for the record, e.g. whom you called.")
    var note: String?

    func run() throws {
        let request = IncidentStepRequest(incident: id, note: note)
        let reply = try global.connect().call(DutydInterface.passUpIncident, onBehalf.wrap(request), returning: ReportReply.self)
        if global.json { return try printJSON(reply) }
        print(tr("incident {0} passed up to level {1}", reply.incident, String(reply.alert.level)))
        ReportCommand.show(reply, global: global)
    }
}
