import ArgumentParser
import DutyProtocol
import DutyTerminal

/// The `dutyctl` command: asks the running dutyd questions and records actions over its control socket.
struct Dutyctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dutyctl",
        abstract: tr("Query and control dutyd, the holiday duty and hazard escalation daemon."),
        discussion: tr("""
            Talks to dutyd over its Unix control socket (Varlink). Anyone who may open the socket \
            may read; only root and the admin group may change state. Under a Chinese locale \
            (LANG=zh_CN.UTF-8) dutyctl speaks Chinese and takes the Chinese words its tables show; \
            --json stays English.

            Exit status: 0 success, 1 the daemon reported an error, 2 usage error, \
            3 the daemon is not reachable, 4 permission denied, 5 the daemon did not answer \
            within --timeout (see the message for whether a change was made).
            """),
        version: DutydVersion.current,
        subcommands: [
            StatusCommand.self, AlertsCommand.self, ShowCommand.self, AcknowledgeCommand.self, ResolveCommand.self, ReplyCommand.self,
            ReportCommand.self, WatchCommand.self, OutboxCommand.self, NotifyCommand.self, AuditCommand.self, BackupCommand.self, ReloadCommand.self,
            OnCallCommand.self, RosterCommand.self, CheckInCommand.self, SpotCheckCommand.self, DailyCommand.self,
            HazardsCommand.self, HazardCommand.self, SummaryCommand.self, ImportCommand.self, UnitsCommand.self, LinksCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}

/// Runs `dutyctl` with the documented exit statuses (usage errors exit 2).
@main
enum DutyctlMain {
    static func main() {
        do {
            if let status = StatusCommand.Shortcut(CommandLine.arguments.dropFirst()) {
                let client = try VarlinkClient(path: GlobalOptions.socketPath(option: status.socket), timeout: CallTimeout.resolve(option: nil, fallback: .standard))
                return try StatusCommand.show(client: client, json: status.json, width: TerminalWidth.standardOutput())
            }
            var command = try Dutyctl.parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            printError(error.message)
            exitProcess(error.status)
        } catch {
            let code = Dutyctl.exitCode(for: error)
            guard code == .validationFailure else { Dutyctl.exit(withError: error) }
            printError(Dutyctl.fullMessage(for: error))
            exitProcess(CLIError.usage)
        }
    }
}
