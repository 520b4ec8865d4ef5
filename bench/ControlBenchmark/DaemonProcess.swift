import Foundation
import Glibc

/// A release-built `dutyd` on a copy of the example configuration in a scratch directory on disk.
final class DaemonProcess {
    let directory: String
    let socket: String
    private(set) var pid: pid_t = 0

    /// Copies `configDirectory`, applies `rewrite` to its `dutyd.toml`, and starts `dutyd`.
    init(dutyd: String, configDirectory: String, rewrite: (String) -> String) throws {
        directory = "/var/tmp/dutyd-bench-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: configDirectory, toPath: directory + "/config")
        let configFile = directory + "/config/dutyd.toml"
        try rewrite(String(contentsOfFile: configFile, encoding: .utf8)).write(toFile: configFile, atomically: true, encoding: .utf8)
        socket = directory + "/control"
        let arguments = [dutyd, "--config", configFile, "--state-directory", directory + "/state", "--socket", socket, "--log-target", "console"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 2, directory + "/dutyd.log", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "NOTIFY_SOCKET" && $0.key != "LISTEN_FDS" }.map { strdup("\($0)=\($1)") } + [nil]
        defer { environment.forEach { free($0) } }
        precondition(posix_spawn(&pid, dutyd, &actions, nil, argv, environment) == 0, "cannot start \(dutyd)")
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) { usleep(50_000) }
        precondition(FileManager.default.fileExists(atPath: socket), "dutyd did not create \(socket)")
    }

    /// Resident memory of the daemon now, in MiB.
    var residentMiB: Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: directory)
    }
}
