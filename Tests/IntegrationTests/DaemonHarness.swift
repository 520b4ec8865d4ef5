import Foundation
import Glibc
import Testing

/// Where `swift build` put the executables under test: beside the test bundle.
enum Products {
    static let directory: URL = {
        let executable = URL(filePath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var directory = executable.deletingLastPathComponent()
        while directory.path != "/" && !FileManager.default.fileExists(atPath: directory.appending(path: "dutyd").path) {
            directory = directory.deletingLastPathComponent()
        }
        return directory
    }()

    static var dutyd: URL { directory.appending(path: "dutyd") }
    static var dutyctl: URL { directory.appending(path: "dutyctl") }
    /// The bundled example configuration directory of the repository.
    static let exampleConfig = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config").standardized
}

/// The result of running a command to completion.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `arguments` and waits for it, capturing its output in files.
///
/// Uses `posix_spawn` and `waitpid` on the one child rather than Foundation's `Process`, whose
/// shared child reaper can miss a short-lived child while other children come and go.
func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> CommandResult {
    let scratch = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-run-\(UUID().uuidString.prefix(8))")
    let stdoutFile = scratch.path + ".out"
    let stderrFile = scratch.path + ".err"
    defer {
        unlink(stdoutFile)
        unlink(stderrFile)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderrFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let environmentEntries = (environment ?? ProcessInfo.processInfo.environment).map { "\($0)=\($1)" }
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    let envp = environmentEntries.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, envp)
    guard spawned == 0 else { throw HarnessError("cannot start \(executable.path): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return CommandResult(
        status: exitStatus,
        stdout: (try? String(contentsOfFile: stdoutFile, encoding: .utf8)) ?? "",
        stderr: (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "")
}

/// Polls `condition` every 50 ms until it holds or `seconds` pass; returns whether it held.
func eventually(within seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(50_000)
    }
    return try condition()
}

/// A real `dutyd` process on a copy of the example configuration, with its own state and socket
/// in a fresh temporary directory; it can be killed and started again on the same state.
final class DaemonHarness {
    let directory: URL
    let socket: String
    private(set) var process = Process()
    private let arguments: [String]
    private let environment: [String: String]
    private let socketActivated: Bool
    private let webSocket: String?
    var configFile: URL { directory.appending(path: "config/dutyd.toml") }
    var logFile: URL { directory.appending(path: "dutyd.log") }
    var stateDatabase: URL { directory.appending(path: "state/state.sqlite") }

    /// Copies the example configuration (rewritten by `configure`) and starts the daemon.
    ///
    /// With `socketActivated`, `systemd-socket-activate` binds the socket and starts dutyd with
    /// it (`LISTEN_FDS`) at the first connection, as `dutyd.socket` does. `prepare` runs on the
    /// test's directory just before the first start (e.g. to mount a file system for the state).
    /// With `webSocket` (an address), it also binds that and passes it named `web`, as `dutyd-web.socket` does.
    init(
        logTarget: String = "console", logLevel: String = "info", environment: [String: String] = [:], waitForSocket: Bool = true,
        socketActivated: Bool = false, webSocket: String? = nil, configure: (String) -> String = { $0 }, prepare: (URL) throws -> Void = { _ in }
    ) throws {
        directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-test-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Products.exampleConfig, to: directory.appending(path: "config"))
        socket = directory.appending(path: "control").path
        arguments = [
            "--config", directory.appending(path: "config/dutyd.toml").path, "--state-directory", directory.appending(path: "state").path,
            "--socket", socket, "--log-target", logTarget, "--log-level", logLevel,
        ]
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "NOTIFY_SOCKET")
        merged.removeValue(forKey: "LISTEN_FDS")
        merged.merge(environment) { $1 }
        self.environment = merged
        self.socketActivated = socketActivated || webSocket != nil
        self.webSocket = webSocket
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        try writeConfig(configure(readConfig()))
        try prepare(directory)
        try start(waitForSocket: waitForSocket)
    }

    /// Starts the daemon (again) on the same configuration and state; waits until its socket answers.
    func start(waitForSocket: Bool = true) throws {
        process = Process()
        if socketActivated {
            process.executableURL = URL(filePath: "/usr/bin/systemd-socket-activate")
            let web = webSocket.map { ["--listen", $0, "--fdname=dutyd.socket:web"] } ?? []
            process.arguments = ["--listen", socket] + web + [Products.dutyd.path] + arguments
        } else {
            process.executableURL = Products.dutyd
            process.arguments = arguments
        }
        process.environment = environment
        let output = try FileHandle(forWritingTo: logFile)
        output.seekToEndOfFile()
        process.standardError = output
        process.standardOutput = output
        try process.run()
        guard waitForSocket else { return }
        let up = eventually { FileManager.default.fileExists(atPath: socket) && (try? dutyctl(["status"]).status) == 0 }
        guard up else {
            throw HarnessError("dutyd did not answer on \(socket); its log:\n\(log())")
        }
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs the real `dutyctl` against this daemon's socket.
    func dutyctl(_ arguments: [String], environment: [String: String]? = nil) throws -> CommandResult {
        try run(Products.dutyctl, ["--socket", socket] + arguments, environment: environment)
    }

    /// Runs `dutyctl` with `arguments` (which ask for --json) and decodes its reply; a failed command or a reply that is
    /// not `T` fails with the command's exit status, stdout and stderr, not only the decoder's error.
    func decode<T: Decodable>(_ type: T.Type, _ arguments: [String]) throws -> T {
        let result = try dutyctl(arguments)
        do {
            return try JSONDecoder().decode(type, from: Data(result.stdout.utf8))
        } catch {
            throw ReplyNotDecoded(arguments: arguments, result: result, error: error)
        }
    }

    /// Sends a signal to the daemon.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Sends SIGTERM and waits for the exit status.
    func stop() -> Int32 {
        send(SIGTERM)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Kills the daemon with SIGKILL, as a crash or power loss would, and waits for it to be gone.
    func crash() {
        send(SIGKILL)
        process.waitUntilExit()
    }

    /// What the daemon wrote to stderr (console log target), over all its runs.
    func log() -> String {
        (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
    }

    /// Replaces the configuration file's text.
    func writeConfig(_ text: String) throws {
        try text.write(to: configFile, atomically: true, encoding: .utf8)
    }

    func readConfig() throws -> String {
        try String(contentsOf: configFile, encoding: .utf8)
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A `dutyctl` reply `DaemonHarness.decode` could not decode, with everything needed to see why.
struct ReplyNotDecoded: Error, CustomStringConvertible {
    var arguments: [String]
    var result: CommandResult
    var error: any Error
    var description: String {
        "dutyctl \(arguments.joined(separator: " ")) exited \(result.status): \(error)\nstdout: \(result.stdout)\nstderr: \(result.stderr)"
    }
}
