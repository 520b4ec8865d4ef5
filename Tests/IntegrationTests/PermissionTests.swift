import DutyProtocol
import Foundation
import Testing

@Suite("Who may do what on the control socket")
struct PermissionTests {
    /// Runs the real dutyctl as `nobody` with the given primary group and supplementary groups.
    func asNobody(_ daemon: DaemonHarness, group: String, supplementary: [String] = [], _ arguments: [String]) throws -> CommandResult {
        let groups = supplementary.isEmpty ? ["--clear-groups"] : ["--groups=\(supplementary.joined(separator: ","))"]
        return try run(
            URL(filePath: "/usr/bin/setpriv"),
            ["--reuid=nobody", "--regid=\(group)"] + groups + [Products.dutyctl.path, "--socket", daemon.socket] + arguments)
    }

    @Test("an unprivileged user may read but every change is refused and nothing changes")
    func unprivilegedReadsOnly() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon(adminGroup: "users", "socket_mode = \"0666\""))
        let ledger = daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        #expect(try daemon.dutyctl(["import", "ledger", ledger]).status == 0)
        let state = { try ["alerts", "hazards", "outbox"].map { try daemon.dutyctl([$0, "--json"] + ($0 == "hazards" ? [] : ["--state", "all"])).stdout } }
        let before = try state()

        let reads = [
            ["status"], ["alerts"], ["show", "1"], ["audit", "verify"], ["alerts", "--json"], ["oncall"], ["roster"], ["hazards"],
            ["hazard", "show", "dg-sz-3"], ["summary"], ["outbox", "list"],
        ]
        for read in reads {
            let result = try asNobody(daemon, group: "nogroup", read)
            #expect(result.status == 0, "\(read) as nobody: \(result.stderr)")
        }
        let changes = [
            ["report", "--unit", "dg-sy", "--summary", "x"], ["ack", "1"], ["resolve", "1"], ["reload"], ["checkin", "--unit", "dg-sy"],
            ["spotcheck", "dg-sy"], ["outbox", "retry", "1"], ["notify", "test", "sms", "dg-zhao"], ["import", "ledger", ledger],
            ["hazard", "progress", "dg-sz-3", "--note", "x"], ["hazard", "rectified", "dg-sz-3"], ["hazard", "verify", "rz-yz-6"],
            ["hazard", "reopen", "rz-yz-6", "--reason", "x"], ["hazard", "extend", "dg-sz-3", "--until", "2027-01-31", "--reason", "x", "--approved-by", "x"],
        ]
        for change in changes {
            let result = try asNobody(daemon, group: "nogroup", change)
            #expect(result.status == 4, "\(change) as nobody should be refused")
            #expect(result.stderr == "dutyctl: permission denied: only root and members of dutyd's admin group may do this\n")
        }
        #expect(try state() == before)
        #expect(daemon.log().contains("refused io.dutyd.Acknowledge to nobody"))
    }

    @Test("members of the admin group may change state, and history records their user name")
    func adminGroupMembers() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon(adminGroup: "users", "socket_mode = \"0666\""))
        let report = try asNobody(daemon, group: "users", ["report", "--unit", "ls-zx", "--summary", "学生走失"])
        #expect(report.status == 0, "\(report.stderr)")
        let acknowledged = try asNobody(daemon, group: "nogroup", supplementary: ["users"], ["ack", "1"])
        #expect(acknowledged.status == 0, "supplementary membership counts: \(acknowledged.stderr)")
        let shown = try daemon.decode(ShowAlertReply.self, ["show", "1", "--json"])
        #expect(shown.history.map(\.actor) == ["nobody", "nobody"])
        #expect(shown.alert.acknowledgedBy == "nobody")
    }

    @Test("the socket is created with mode 0660 by default")
    func defaultSocketMode() throws {
        let daemon = try DaemonHarness()
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socket)
        #expect((attributes[.posixPermissions] as? Int) == 0o660)
        let refused = try asNobody(daemon, group: "nogroup", ["status"])
        #expect(refused.status == 4)
        #expect(refused.stderr.contains("Permission denied"))
    }
}
