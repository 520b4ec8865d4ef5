import ArgumentParser
import DutyProtocol

/// `dutyctl ack ID`: take an alert in hand, which stops its climb.
struct AcknowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: tr("Acknowledge an alert: record that you have it in hand and stop its escalation."),
        discussion: """
            dutyd records your user name and the time, or with --for the person you enter it for \
            ("root for 吴婷 <id>"). The alert must then be resolved before its resolve-by deadline, \
            or it climbs the escalation ladder again. Needs root or the admin group.

            Examples:
              sudo dutyctl ack 17
              sudo dutyctl ack 17 --note "已通知东港区实验小学值班人员到岗"
              sudo dutyctl ack 17 --for 吴婷 --note "电话确认已到场"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The alert's id, as dutyctl alerts lists it.")
    var id: Int64

    @Option(help: "What you are doing about it, kept in the alert's history.")
    var note: String?

    func run() throws {
        let request = AlertActionRequest(id: id, note: note)
        let reply = try global.connect().call(DutydInterface.acknowledge, onBehalf.wrap(request), returning: AlertReply.self)
        if global.json { return try printJSON(reply) }
        global.say(Self.sentence(reply.alert, time: TimeHint()))
    }

    /// `alert 17 acknowledged by root at …; it must be resolved by … (in 4h)`.
    private static func sentence(_ alert: AlertInfo, time: TimeHint) -> String {
        var text = tr("alert {0} acknowledged", String(alert.id))
        if let by = alert.acknowledgedBy { text += tr(" by {0}", by) }
        if let at = alert.acknowledgedAt { text += tr(" at {0}", at) }
        if let deadline = alert.nextEscalationAt { text += tr("; it must be resolved by {0}", time.annotated(deadline, deadline: true)) }
        return text
    }
}
