import Foundation
import Glibc
import Testing

@Suite("systemd integration: journal and sd_notify")
struct SystemdIntegrationTests {
    @Test("entries written by dutyd are read back from the real journal with their structured fields")
    func journal() throws {
        guard FileManager.default.fileExists(atPath: "/run/systemd/journal/socket") else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
            return
        }
        let daemon = try DaemonHarness(logTarget: "journal")
        let pid = daemon.process.processIdentifier
        // --merge reads every journal file, whichever machine id journald wrote it under.
        let query = ["-o", "json", "--no-pager", "--merge", "DUTYD_EVENT=daemon_started", "DUTYD_CONFIG_FILE=\(daemon.configFile.path)"]
        var entries: [[String: String]] = []
        let found = eventually(within: 30) {
            let result = try? run(URL(filePath: "/usr/bin/journalctl"), query)
            entries = (result?.stdout ?? "").split(separator: "\n").compactMap {
                try? JSONDecoder().decode([String: JSONField].self, from: Data($0.utf8)).compactMapValues(\.text)
            }
            return !entries.isEmpty
        }
        let recent = try? run(URL(filePath: "/usr/bin/journalctl"), ["--merge", "--no-pager", "-n", "5", "SYSLOG_IDENTIFIER=dutyd"])
        #expect(found, "no daemon_started entry for pid \(pid) in the journal; latest dutyd entries:\n\(recent?.stdout ?? "")\(recent?.stderr ?? "")\ndaemon log:\n\(daemon.log())")
        let entry = try #require(entries.first)
        #expect(entry["_PID"] == "\(pid)")
        #expect(entry["SYSLOG_IDENTIFIER"] == "dutyd")
        #expect(entry["PRIORITY"] == "5")
        #expect(entry["MESSAGE_ID"] == "5f2a7ca11bed4b6786dee9db3d6d6e2a")
        #expect(entry["DUTYD_CONFIG_FILE"] == daemon.configFile.path)
        #expect(entry["MESSAGE"]?.hasPrefix("dutyd 0.1.0 started: 11 units, 25 people, 10 policies") == true)
        #expect(entry["CODE_FILE"]?.hasSuffix("Daemon+Lifecycle.swift") == true, "the source file of logStart, where the entry is written")
    }

    @Test("READY=1 comes first, WATCHDOG=1 pings follow at half of WATCHDOG_USEC, STOPPING=1 on SIGTERM")
    func notify() throws {
        let scratch = URL(filePath: NSTemporaryDirectory())
        let listener = try NotifyListener(directory: scratch)
        let daemon = try DaemonHarness(environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "400000"], waitForSocket: false)
        let startup = listener.receive(for: 10) { $0.hasPrefix("READY=1") }
        let ready = try #require(startup.last, "no notification within 10 s; log:\n\(daemon.log())")
        #expect(ready.hasPrefix("READY=1\nSTATUS=11 units, 0 open alerts; next check "))
        #expect(try daemon.dutyctl(["status"]).status == 0, "the socket must be bound before READY=1")

        let pings = listener.receive(for: 1.1).filter { $0 == "WATCHDOG=1" }
        #expect((4...7).contains(pings.count), "expected a ping every 200 ms, got \(pings.count) in 1.1 s")

        daemon.send(SIGTERM)
        let shutdown = listener.receive(for: 5) { $0 == "STOPPING=1" }
        #expect(shutdown.last == "STOPPING=1")
        daemon.process.waitUntilExit()
        #expect(daemon.process.terminationStatus == 0)
    }

    @Test("a listening socket passed by systemd is used, and left in place at stop")
    func socketActivation() throws {
        let daemon = try DaemonHarness(socketActivated: true)
        #expect(try daemon.dutyctl(["status"]).status == 0)
        #expect(daemon.log().contains("control socket \(daemon.socket)"))
        #expect(daemon.stop() == 0)
        #expect(FileManager.default.fileExists(atPath: daemon.socket), "the socket belongs to systemd; dutyd must not remove it")
    }

    @Test("a reload is bracketed by RELOADING=1 with MONOTONIC_USEC and READY=1")
    func reloadNotification() throws {
        let listener = try NotifyListener(directory: URL(filePath: NSTemporaryDirectory()))
        let daemon = try DaemonHarness(environment: ["NOTIFY_SOCKET": listener.path])
        _ = listener.receive(for: 5) { $0.hasPrefix("READY=1") }
        daemon.send(SIGHUP)
        let messages = listener.receive(for: 5) { $0.hasPrefix("READY=1") }
        let reloading = try #require(messages.first { $0.hasPrefix("RELOADING=1") })
        let microseconds = reloading.split(separator: "\n").first { $0.hasPrefix("MONOTONIC_USEC=") }.flatMap { UInt64($0.dropFirst("MONOTONIC_USEC=".count)) }
        #expect((microseconds ?? 0) > 0)
        #expect(messages.last?.hasPrefix("READY=1") == true)
    }
}

/// A journal JSON field: a string, or (for binary data) an array of bytes we ignore.
enum JSONField: Decodable {
    case text(String)
    case other

    init(from decoder: Decoder) throws {
        self = (try? decoder.singleValueContainer().decode(String.self)).map(JSONField.text) ?? .other
    }

    var text: String? {
        if case .text(let value) = self { value } else { nil }
    }
}
