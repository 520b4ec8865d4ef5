import ArgumentParser
import DutyProtocol

/// `dutyctl audit verify`: check that no history record was changed or removed.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: tr("Check that no alert history record was changed or removed after it was written."),
        discussion: """
            Every history record carries a hash of the record before it, so changing or removing \
            any record breaks the chain from there on. Exits 0 when the history is intact, and 1 \
            naming the first broken record when it is not.

            Examples:
              dutyctl audit verify
              dutyctl audit verify --json
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let reply = try global.connect().call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self)
        if global.json {
            try printJSON(reply)
        } else if reply.intact {
            global.say(reply.records == 1 ? tr("history intact: 1 record checked") : tr("history intact: {0} records checked", String(reply.records)))
        }
        guard !reply.intact else { return }
        let problem = reply.problem ?? tr("the hash chain does not match")
        let message = reply.firstBroken.map { tr("history broken at record {0}: {1}", String($0), problem) } ?? tr("history broken: {0}", problem)
        throw CLIError(message: message, status: CLIError.failed)
    }
}
