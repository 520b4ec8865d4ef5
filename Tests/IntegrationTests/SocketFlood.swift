import Foundation
import Glibc

/// A flood of a daemon's control socket by `nobody` (uid 65534, no groups): Scripts/flood_client.py
/// run with `setpriv`, holding its connections until the flood is ended or dropped.
final class SocketFlood {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    /// Starts `flood_client.py SOCKET MODE COUNT [SECONDS]` as nobody; the script is copied beside
    /// the daemon, where nobody can read it.
    init(_ daemon: DaemonHarness, mode: String, count: Int, seconds: Int? = nil) throws {
        let script = daemon.directory.appending(path: "flood_client.py")
        if !FileManager.default.fileExists(atPath: script.path) {
            let source = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Scripts/flood_client.py")
            try FileManager.default.copyItem(at: source, to: script)
        }
        process.executableURL = URL(filePath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", script.path, daemon.socket, mode, String(count)]
            + (seconds.map { [String($0)] } ?? [])
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
    }

    deinit { end() }

    /// The next JSON line the script prints, as an object.
    func report() throws -> [String: Any] {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while read(output.fileHandleForReading.fileDescriptor, &byte, 1) == 1, byte != UInt8(ascii: "\n") { line.append(byte) }
        guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            throw HarnessError("the flood client printed \(String(decoding: line, as: UTF8.self))")
        }
        return object
    }

    /// The next JSON line if the script prints one within `milliseconds`, else nil.
    func report(within milliseconds: Int32) throws -> [String: Any]? {
        var ready = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, milliseconds) > 0 ? try report() : nil
    }

    /// How many connections got each immediate answer ("silent", "watching", "io.dutyd.LimitReached:connections_per_user", …).
    func ready() throws -> [String: Int] {
        try report()["ready"] as? [String: Int] ?? [:]
    }

    /// Closes the script's standard input, so that it exits and its connections close.
    func end() {
        guard process.isRunning else { return }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

/// How a flood looks from root and from the daemon's side.
enum FloodProbe {
    /// Times `count` calls of root's real `dutyctl status` (each must succeed) and as many raw
    /// `Status` round trips on fresh connections, in seconds.
    static func rootStatus(_ daemon: DaemonHarness, count: Int = 10) throws -> (dutyctl: [Double], raw: [Double]) {
        var (dutyctl, raw) = ([Double](), [Double]())
        for _ in 0..<count {
            var start = Date()
            let result = try daemon.dutyctl(["status"])
            dutyctl.append(Date().timeIntervalSince(start))
            guard result.status == 0 else { throw HarnessError("root's dutyctl status failed: \(result.stderr)") }
            start = Date()
            let reply = try RawVarlinkConnection(path: daemon.socket).call(#"{"method": "io.dutyd.Status"}"#)
            raw.append(Date().timeIntervalSince(start))
            guard reply?.objectParameters != nil else { throw HarnessError("root's Status got \(String(describing: reply))") }
        }
        return (dutyctl, raw)
    }

    /// The median of some timings.
    static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    /// The daemon's resident memory in bytes, from VmRSS in /proc/PID/status.
    static func residentBytes(of daemon: DaemonHarness) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(daemon.process.processIdentifier)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) else {
            throw HarnessError("no VmRSS in /proc/\(daemon.process.processIdentifier)/status")
        }
        return kilobytes * 1_024
    }
}
