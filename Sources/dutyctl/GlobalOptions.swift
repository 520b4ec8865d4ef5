import ArgumentParser
import DutyProtocol
import DutyTerminal
import Glibc

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Control socket of the daemon (default: $DUTYD_SOCKET, else /run/dutyd/control for root, else under $XDG_RUNTIME_DIR if a daemon of yours runs there, else /run/dutyd/control).", valueName: "path"))
    var socket: String?

    @Flag(name: .long, help: "Print the daemon's answer as JSON with stable field names.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Give up when dutyd has not answered within this time, e.g. 10s, 500ms, 2m (default: $DUTYCTL_TIMEOUT, else 30s; import 2m). Exit status 5.", valueName: "duration"))
    var timeout: String?

    @Option(name: .long, help: ArgumentHelp("Send the change with this key, as printed when dutyctl gave up on it: dutyd makes it at most once per key and reports a change already made as done.", valueName: "key"))
    var idempotencyKey: String?

    @Flag(name: .long, help: "Show every column of tables, however wide (default: fit the terminal, 80 columns when not a terminal).")
    var wide = false

    /// The width tables must fit, or nil with `--wide`.
    var tableWidth: Int? {
        wide ? nil : TerminalWidth.standardOutput()
    }

    /// Prints a sentence broken at spaces to fit the same width as tables (whole with `--wide`).
    func say(_ sentence: String) {
        guard let width = tableWidth else { return print(sentence) }
        for line in DisplayWidth.wrap(sentence, to: width) { print(line) }
    }

    /// The socket to use: the option, then `$DUTYD_SOCKET`, then the same default the daemon uses.
    ///
    /// An admin on a server runs dutyctl as themselves against the system service: when no
    /// daemon of their own has a socket at the per-user default, the system socket is used.
    var socketPath: String {
        Self.socketPath(option: socket)
    }

    /// The socket to use given the `--socket` option's value, if any.
    static func socketPath(option socket: String?) -> String {
        if let socket { return socket }
        if let fromEnvironment = Environment.value("DUTYD_SOCKET"), !fromEnvironment.isEmpty { return fromEnvironment }
        let own = DefaultPaths.controlSocket(uid: getuid(), variable: Environment.value)
        let system = DefaultPaths.controlSocket(uid: 0, variable: { _ in nil })
        return access(own, F_OK) != 0 && access(system, F_OK) == 0 ? system : own
    }

    /// A client connected to the daemon, giving up after `--timeout` (else `$DUTYCTL_TIMEOUT`, else `fallback`).
    func connect(fallback: CallTimeout = .standard) throws(CLIError) -> VarlinkClient {
        try VarlinkClient(path: socketPath, timeout: CallTimeout.resolve(option: timeout, fallback: fallback), idempotencyKey: idempotencyKey)
    }
}

/// The process environment, read one variable at a time with getenv(3): building all of it as
/// a dictionary was a third of a `dutyctl status` (bench/cli-status.sh).
enum Environment {
    /// The value of `name`, or nil when it is not set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
