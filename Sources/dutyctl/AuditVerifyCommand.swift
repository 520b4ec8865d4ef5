import ArgumentParser
import DutyProtocol
import Foundation

/// `dutyctl audit verify`: check that no history record was changed, removed or rewritten, and
/// that the alert and hazard rows hold what their history says.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: tr("Check that no alert history record was changed or removed after it was written."),
        discussion: """
            Every history record carries an HMAC-SHA256, under the audit key, of itself and the \
            record before it, so changing, inserting or removing any record breaks the chain from \
            there on, and the chain cannot be recomputed without the key. After each commit dutyd \
            writes the chain head to the journal; records cut from the end (or all of them) or a \
            rewritten history no longer match those anchors. Every alert and hazard row must hold \
            what its latest history record says (state, level, deadline, responsible, ...).

            Exits 0 when all holds, and 1 naming the first finding when it does not. Root with the \
            audit key and the journal can still forge: seal the journal (journalctl --setup-keys) \
            and keep the key out of backups. See README, "State and history".

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
            if reply.records > 0 && reply.anchors == 0 {
                let note = tr("note: no anchors of this database in the journal, so records cut from the end cannot be seen")
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
        }
        guard !reply.intact else { return }
        let problem = reply.problem ?? tr("the hash chain does not match")
        let message = reply.firstBroken.map { tr("history broken at record {0}: {1}", String($0), problem) } ?? tr("history broken: {0}", problem)
        throw CLIError(message: message, status: CLIError.failed)
    }
}
