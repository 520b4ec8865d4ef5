import ArgumentParser
import DutyProtocol

/// `dutyctl reply --from PHONE --text TEXT`: hand dutyd an SMS reply, for the bureau's gateway script.
struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: tr("Hand dutyd an SMS reply received by the bureau's SMS gateway."),
        discussion: """
            Every alert SMS carries a reply code ("回复3确认，回复3已处理即办结"). The reply is matched \
            by the sender's registered mobile and the code, and recorded as that person, via sms. \
            dutyctl prints the Chinese answer for the gateway to send back; a reply that cannot act \
            (unknown or shared mobile, unknown code, alert already ended) changes nothing, is \
            answered all the same, and exits with status 1 with the reason on standard error. \
            Needs root or the admin group.

            Examples:
              sudo dutyctl reply --from 13806331202 --text 3
              sudo dutyctl reply --from +8613806331202 --text "3已处理"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The sender's number, as the gateway reports it.")
    var from: String

    @Option(help: "The text of the reply.")
    var text: String

    func run() throws {
        let reply = try global.connect().call(DutydInterface.reply, ReplyRequest(from: from, text: text), returning: ReplyReply.self)
        if global.json { try printJSON(reply) } else { print(reply.answer) }
        guard reply.accepted else { throw CLIError(message: tr("the reply changed nothing: {0}", reply.reason ?? ""), status: CLIError.failed) }
    }
}
