import DutyProtocol
import Foundation
import Glibc
import Testing

@Suite("Reloading the configuration")
struct ReloadTests {
    static let extraUnit = """

        [[units]]
        id = "ls-jz"
        name = "岚山区巨峰镇中学"
        kind = "school"
        parent = "rz-ls"

        """

    func units(_ daemon: DaemonHarness) throws -> Int? {
        let result = try daemon.dutyctl(["status", "--json"])
        return try? JSONDecoder().decode(StatusReply.self, from: Data(result.stdout.utf8)).units
    }

    @Test("SIGHUP with a broken configuration keeps the old one; with a good one the change shows in status")
    func sighup() throws {
        let daemon = try DaemonHarness()
        let original = try daemon.readConfig()
        try daemon.writeConfig(original.replacingOccurrences(of: "time_zone = \"Asia/Shanghai\"", with: "time_zone = \"Asia/Beijing\"") + Self.extraUnit)
        daemon.send(SIGHUP)
        #expect(eventually { daemon.log().contains("configuration reload requested by SIGHUP rejected with 1 error(s)") })
        #expect(daemon.log().contains("dutyd.toml:8:13: unknown time zone \"Asia/Beijing\""))
        #expect(try units(daemon) == 11)
        #expect(daemon.process.isRunning)

        try daemon.writeConfig(original + Self.extraUnit)
        daemon.send(SIGHUP)
        #expect(try eventually { try units(daemon) == 12 })
        #expect(daemon.log().contains("configuration reloaded by SIGHUP: 12 units"))
    }

    @Test("dutyctl reload reports every error with its position and changes nothing")
    func dutyctlReload() throws {
        let daemon = try DaemonHarness()
        let original = try daemon.readConfig()
        try daemon.writeConfig(original.replacingOccurrences(of: "parent = \"rz-dg\"\ncontacts = { head = [\"sy-liu\"]", with: "parent = \"rz-xx\"\ncontacts = { head = [\"sy-liu\"]") + "\n[[units]]\nid = \"rz\"\nname = \"重复\"\nkind = \"county\"\nparent = \"rz\"\n")
        let rejected = try daemon.dutyctl(["reload"])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.hasPrefix("dutyctl: the configuration has "))
        #expect(rejected.stderr.contains(" error(s) and was not loaded; the running configuration stays in force:\n"))
        #expect(!rejected.stderr.contains("io.dutyd.ConfigInvalid"))
        #expect(rejected.stderr.contains("/config/dutyd.toml:97:10: unknown parent \"rz-xx\" of unit \"dg-sy\""))
        #expect(rejected.stderr.contains("duplicate unit id \"rz\" (first defined at line 63)"))
        #expect(try units(daemon) == 11)

        try daemon.writeConfig(original + Self.extraUnit)
        let accepted = try daemon.dutyctl(["reload", "--wide"])
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("12 units, 25 people, 10 escalation policies"))
        #expect(try units(daemon) == 12)
    }

    @Test("a refused reload, by dutyctl or SIGHUP, shows in STATUS= with its first diagnostic until a good reload clears it")
    func refusalInStatusLine() throws {
        let listener = try NotifyListener(directory: URL(filePath: NSTemporaryDirectory()))
        let daemon = try DaemonHarness(environment: ["NOTIFY_SOCKET": listener.path])
        #expect(listener.receive(for: 10) { $0.hasPrefix("READY=1") }.last?.contains("STATUS=11 units, 0 open alerts; next check ") == true)
        let original = try daemon.readConfig()
        try daemon.writeConfig(original.replacingOccurrences(of: "time_zone = \"Asia/Shanghai\"", with: "time_zone = \"Asia/Beijing\""))
        let refused = "reload refused, running the previous configuration: \(daemon.configFile.path):8:13: unknown time zone \"Asia/Beijing\": expected an IANA zone name such as \"Asia/Shanghai\"; 11 units, 0 open alerts"
        #expect(try daemon.dutyctl(["reload"]).status == 1)
        let afterDutyctl = listener.receive(for: 10) { $0.hasPrefix("READY=1") }
        #expect(afterDutyctl.last?.hasPrefix("READY=1\nSTATUS=" + refused) == true, "\(afterDutyctl)")
        daemon.send(SIGHUP)
        let afterSignal = listener.receive(for: 10) { $0.hasPrefix("READY=1") }
        #expect(afterSignal.last?.hasPrefix("READY=1\nSTATUS=" + refused) == true, "\(afterSignal)")

        try daemon.writeConfig(original)
        #expect(try daemon.dutyctl(["reload"]).status == 0)
        let cleared = listener.receive(for: 10) { $0.hasPrefix("READY=1") }.last
        #expect(cleared?.hasPrefix("READY=1\nSTATUS=11 units, 0 open alerts; next check ") == true, "\(String(describing: cleared))")
        #expect(cleared?.contains(" +08:00") == true)
    }
}
