import DutyShell
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// A dutyd running inside the test process: the real engine, control socket and outbox as a
/// `ServiceGroup`, on a copy of the example configuration with its own state and socket in a
/// fresh temporary directory. Tests drive it through its socket and stop it as SIGTERM would.
final class InProcessDaemon: Sendable {
    let directory: URL
    let socket: String
    let log = LogLines()
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    var configFile: URL { directory.appending(path: "config/dutyd.toml") }

    /// Copies the example configuration (rewritten by `configure`) into `directory`, or a fresh one, and starts dutyd on it
    /// with `clock`.
    init(directory existing: URL? = nil, clock: any DaemonClock = SystemClock(), configure: (String) -> String = { $0 }) throws {
        let directory = existing ?? URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-inprocess-\(UUID().uuidString.prefix(8))")
        if existing == nil {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Products.exampleConfig, to: directory.appending(path: "config"))
            let file = directory.appending(path: "config/dutyd.toml")
            try configure(String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        }
        self.directory = directory
        socket = directory.appending(path: "control").path
        let loader = ConfigLoader(stateDirectoryOverride: directory.appending(path: "state").path, controlSocketOverride: socket)
        let lines = log
        let logger = Logger(label: "dutyd") { _ in LogLines.Handler(lines: lines) }
        let daemon = try Daemon.start(configPath: directory.appending(path: "config/dutyd.toml").path, loader: loader, logger: logger, clock: clock)
        let group = daemon.serviceGroup(logger: logger, signals: nil)
        self.group = group
        running = Task { try await group.run() }
    }

    /// Stops dutyd as SIGTERM does (gracefully: in-flight changes committed, deliveries recorded)
    /// and waits until every service has returned.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await running.value
    }

    /// Removes the temporary directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The log lines of an in-process daemon: `[event] message`.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    /// A swift-log handler that keeps every line.
    struct Handler: LogHandler {
        let lines: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let name = event.metadata?["event"].map { "[\($0)] " } ?? ""
            lines.lines.withLock { $0.append(name + event.message.description) }
        }
    }
}
