import ArgumentParser
import DutyProtocol
import Glibc

/// `dutyctl backup FILE`: a consistent copy of the state database, taken while dutyd runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: tr("Copy the state database, consistently, while dutyd runs."),
        discussion: """
            dutyctl creates FILE (it must not exist; readable by you only) with your own rights and \
            passes it to the daemon, which writes into it a consistent copy of state.sqlite with \
            everything committed so far, including what is still in state.sqlite-wal. Changes go on \
            meanwhile. To restore: stop dutyd, put the copy in place of state.sqlite in the state \
            directory (removing state.sqlite-wal and state.sqlite-shm), give it to the daemon's user \
            and start dutyd. Needs root or the admin group.

            Examples:
              sudo dutyctl backup /var/backups/dutyd-$(date +%F).sqlite
              sudo dutyctl backup state-copy.sqlite --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The new file to write the copy to; dutyctl creates it with your rights.")
    var file: String

    func run() throws {
        let descriptor = try CallerFile.create(file)
        defer { close(descriptor) }
        let reply: BackupReply
        do {
            reply = try global.connect(fallback: .transfer).call(DutydInterface.backup, BackupRequest(file: 0), passing: descriptor, returning: BackupReply.self)
        } catch {
            unlink(file)
            throw error
        }
        if global.json { return try printJSON(reply) }
        global.say(tr("state database copied to {0} ({1} bytes)", file, String(reply.bytes)))
    }
}
