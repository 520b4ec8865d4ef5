import Foundation
import Glibc
import Testing

/// Configurations a careless admin or an attacker with write access to a data file could
/// produce: each gets a clear file:line:column error, never a crash or a silent mistake.
@Suite("Hostile and careless configurations")
struct HostileConfigTests {
    /// A copy of the example configuration in a fresh directory, with `rewrite` applied to dutyd.toml.
    func exampleCopy(_ rewrite: (String) -> String = { $0 }) throws -> URL {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-hostile-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Products.exampleConfig, to: directory)
        let file = directory.appending(path: "dutyd.toml")
        try rewrite(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return directory
    }

    /// `dutyd --check-config` on the copy's dutyd.toml.
    func check(_ directory: URL) throws -> CommandResult {
        try run(Products.dutyd, ["--check-config", "--config", directory.appending(path: "dutyd.toml").path])
    }

    static let deepKey = Array(repeating: "a", count: 30_000).joined(separator: ".") + " = 1\n"

    @Test("a key of 30,000 dotted parts is an error at its 129th part, not a crash")
    func deepKeyCheck() throws {
        let directory = try exampleCopy { $0 + Self.deepKey }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try check(directory)
        #expect(result.status == 1)
        let lines = try String(contentsOf: directory.appending(path: "dutyd.toml"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(result.stderr.hasPrefix("\(directory.path)/dutyd.toml:\(lines):257: expected at most 128 dotted parts in a key or table name, in a.a.a…\n"))
    }

    @Test("a live reload of a file with a 30,000-part key keeps the running configuration")
    func deepKeyReload() throws {
        let daemon = try DaemonHarness()
        let original = try daemon.readConfig()
        try daemon.writeConfig(original + Self.deepKey)
        daemon.send(SIGHUP)
        #expect(eventually { daemon.log().contains("configuration reload requested by SIGHUP rejected with 1 error(s)") })
        let rejected = try daemon.dutyctl(["reload"])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("expected at most 128 dotted parts in a key or table name"))
        #expect(daemon.process.isRunning)
        #expect(try daemon.dutyctl(["status"]).stdout.contains("11 units"))
    }

    @Test("a timeout of 9223372036854775807s is refused at its position; at start dutyd exits 78 with an error entry")
    func hugeDuration() throws {
        let huge = #"{ role = "responsible", timeout = "9223372036854775807s" },      # the duty officer"#
        let directory = try exampleCopy { $0.replacingOccurrences(of: #"{ role = "responsible", timeout = "15m" },      # the duty officer"#, with: huge) }
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: directory.appending(path: "dutyd.toml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("9223372036854775807s") }) + 1
        let column = try #require(lines[line - 1].range(of: "\"9223372036854775807s\"")).lowerBound.utf16Offset(in: lines[line - 1]) + 1
        let result = try check(directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("dutyd.toml:\(line):\(column): \"timeout\" \"9223372036854775807s\" is too long: expected at most 366d\n"))

        let state = directory.appending(path: "state").path
        let start = try run(Products.dutyd, [
            "--config", directory.appending(path: "dutyd.toml").path, "--state-directory", state,
            "--socket", directory.appending(path: "control").path, "--log-target", "console",
        ])
        #expect(start.status == 78, "a configuration error at start exits with EX_CONFIG, which the unit does not restart")
        #expect(start.stderr.contains("error [config_rejected]"))
        #expect(start.stderr.contains("is too long: expected at most 366d"))
    }

    @Test("the same calendar file listed twice is an error at its second mention")
    func calendarTwice() throws {
        let directory = try exampleCopy {
            $0.replacingOccurrences(of: #"calendars = ["calendars/2026.toml"]"#, with: #"calendars = ["calendars/2026.toml", "./calendars/../calendars/2026.toml"]"#)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try check(directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"dutyd.toml:17:37: calendar file "./calendars/../calendars/2026.toml" is already listed at line 17, column 14; list each file once"#))
    }

    @Test("a state directory that is not a directory, or cannot be created, fails --check-config")
    func stateDirectory() throws {
        for (path, problem) in [("/dev/null", "is not a directory"), ("/dev/null/state", "cannot be created: /dev/null is not a directory")] {
            let directory = try exampleCopy { $0.replacingOccurrences(of: "# state_directory = \"/var/lib/dutyd\"", with: "state_directory = \"\(path)\"") }
            defer { try? FileManager.default.removeItem(at: directory) }
            let result = try check(directory)
            #expect(result.status == 1)
            #expect(result.stderr.contains("dutyd.toml:11:19: state_directory \"\(path)\" \(problem)\n"), "\(result.stderr)")
        }
    }

    @Test("an unreadable data file is reported as permission denied, a device or directory as not a regular file")
    func unreadableFiles() throws {
        let directory = try exampleCopy {
            $0.replacingOccurrences(of: #"ledgers = ["ledgers/2026-autumn-inspection.csv"]"#, with: #"ledgers = ["ledgers/2026-autumn-inspection.csv", "/dev/null", "rosters"]"#)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: directory.appending(path: "ledgers/2026-autumn-inspection.csv").path)
        let config = directory.appending(path: "dutyd.toml").path
        let result = getuid() == 0
            ? try run(URL(filePath: "/usr/bin/setpriv"), ["--reuid=nobody", "--regid=nogroup", "--clear-groups", Products.dutyd.path, "--check-config", "--config", config])
            : try run(Products.dutyd, ["--check-config", "--config", config])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read ledger file \"ledgers/2026-autumn-inspection.csv\" (\(directory.path)/ledgers/2026-autumn-inspection.csv): Permission denied"), "\(result.stderr)")
        #expect(result.stderr.contains("cannot read ledger file \"/dev/null\" (/dev/null): not a regular file"))
        #expect(result.stderr.contains("cannot read ledger file \"rosters\" (\(directory.path)/rosters): not a regular file"))
    }
}
