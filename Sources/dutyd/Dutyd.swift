import ArgumentParser
import DutyCore
import DutyPhrases
import DutyProtocol
import DutyShell
import DutyTerminal
import Foundation
import Logging
import ServiceLifecycle

/// The `dutyd` command: runs the daemon, or checks a configuration with `--check-config`.
@main
struct Dutyd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dutyd",
        abstract: "Holiday duty roster and hazard escalation daemon for education bureaus.",
        discussion: """
            Loads the configuration, watches duty shifts and hazard deadlines, escalates what is \
            overdue or unacknowledged up the organisation tree, and answers dutyctl on a Unix socket. \
            Normally started by systemd (dutyd.service); it logs to the journal.

            Examples:
              dutyd --check-config --config /etc/dutyd/dutyd.toml
              dutyd --config config/dutyd.toml --state-directory .state --log-target console
            """,
        version: DutydVersion.current
    )

    @Option(name: .long, help: ArgumentHelp("Main configuration file.", valueName: "path"))
    var config = "/etc/dutyd/dutyd.toml"

    @Flag(name: .long, help: "Validate the configuration and its data files (rosters, calendars and the ledgers it lists), print every error as file:line:column, and exit.")
    var checkConfig = false

    @Option(name: .long, help: ArgumentHelp("State directory (overrides the configuration).", valueName: "path"))
    var stateDirectory: String?

    @Option(name: .customLong("socket"), help: ArgumentHelp("Control socket path (overrides the configuration).", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: "Where logs go: auto (journal unless stderr is a terminal), journal or console.")
    var logTarget: LogTarget = .auto

    @Option(name: .long, help: "Lowest level logged: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    /// The exit status for a configuration that cannot be loaded at start (EX_CONFIG), listed in
    /// the unit's `RestartPreventExitStatus=`: restarting cannot fix a file.
    static let configurationError = ExitCode(78)

    func run() async throws {
        let loader = ConfigLoader(stateDirectoryOverride: stateDirectory, controlSocketOverride: socket)
        if checkConfig {
            try check(loader: loader)
            return
        }
        LogSetup.bootstrap(target: logTarget, level: logLevel)
        let logger = Logger(label: "dutyd")
        let signals = await Daemon.signals()
        let daemon: Daemon
        do {
            daemon = try Daemon.start(configPath: config, loader: loader, logger: logger)
        } catch let error as ConfigErrors {
            for diagnostic in error.diagnostics {
                logger.journal(.configRejected, .error, "\(diagnostic)", fields: ["config_file": config])
            }
            logger.journal(
                .daemonStopping, .notice,
                "not starting: the configuration has \(error.diagnostics.count) error(s); exit status \(Self.configurationError.rawValue) stops systemd from restarting dutyd until the file is fixed")
            throw Self.configurationError
        } catch {
            logger.journal(.daemonStopping, .critical, "not starting: \(error)")
            throw ExitCode.failure
        }
        do {
            let web = try await WebService.make(daemon: daemon, logger: logger)
            try await daemon.serviceGroup(logger: logger, signals: signals, web: web).run()
        } catch {
            logger.journal(.daemonStopping, .critical, "stopped on an error: \(error)")
            throw ExitCode.failure
        }
    }

    private func check(loader: ConfigLoader) throws {
        let chinese = MessageLanguage(environment: ProcessInfo.processInfo.environment) == .chinese
        do throws(ConfigErrors) {
            let loaded = try loader.load(path: config, now: Date())
            let configuration = loaded.configuration
            let ledgers = LedgerFileCheck.check(configuration)
            guard ledgers.diagnostics.isEmpty else { throw ConfigErrors(ledgers.diagnostics) }
            print("\(config): OK (\(configuration.tree.units.count) units, \(configuration.people.count) people, \(configuration.channels.count) channels, \(configuration.policies.count) policies, \(configuration.data.rosters.count) roster files with \(configuration.roster.shifts.count) shifts, \(configuration.calendar.periods.count) holidays, \(configuration.data.ledgers.count) ledger files)")
            for gap in RosterGaps.find(in: configuration) {
                print("warning: roster gap: \(GapText.describe(gap, configuration: configuration, clock: loaded.clock))")
            }
            for notice in loaded.notices + ledgers.notices {
                print(Phrase("config.notice", notice.line.text(chinese: false), notice.line.text(chinese: chinese)).text(chinese: chinese))
            }
        } catch {
            for diagnostic in error.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic.text(chinese: chinese))\n".utf8))
            }
            let count = Phrase("config.errorCount", config, String(error.diagnostics.count))
            FileHandle.standardError.write(Data("\(count.text(chinese: chinese))\n".utf8))
            throw ExitCode.failure
        }
    }
}

extension LogTarget: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}
