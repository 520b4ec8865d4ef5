import ArgumentParser
import DutyProtocol

/// `dutyctl notify`: channel checks.
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: tr("Check notification channels."),
        discussion: """
            Examples:
              sudo dutyctl notify test sms
            """,
        subcommands: [NotifyTestCommand.self]
    )
}

/// `dutyctl notify test CHANNEL [PERSON]`: send a test message now and show the channel's answer.
struct NotifyTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: tr("Send a test message through a channel and report its answer."),
        discussion: """
            The message goes out at once, outside the outbox, and is not retried. PERSON is a \
            person id or name; by default the first person the channel reaches. Needs root or \
            the admin group.

            Examples:
              sudo dutyctl notify test sms
              sudo dutyctl notify test wecom rz-pang
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The channel id, or journal.")
    var channel: String

    @Argument(help: "The person to send it to.")
    var person: String?

    func run() throws {
        let reply = try global.connect().call(DutydInterface.notifyTest, NotifyTestRequest(channel: channel, person: person), returning: NotifyTestReply.self)
        if global.json { return try printJSON(reply) }
        global.say(tr("test message to {0} via {1} delivered: {2}", reply.person, reply.channel, reply.answer))
    }
}
