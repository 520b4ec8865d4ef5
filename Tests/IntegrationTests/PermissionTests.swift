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
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        let before = try daemon.dutyctl(["alerts", "--state", "all", "--json"]).stdout

        for read in [["status"], ["alerts"], ["show", "1"], ["audit", "verify"], ["alerts", "--json"], ["oncall"], ["roster"]] {
            let result = try asNobody(daemon, group: "nogroup", read)
            #expect(result.status == 0, "\(read) as nobody: \(result.stderr)")
        }
        for change in [["report", "--unit", "dg-sy", "--summary", "x"], ["ack", "1"], ["resolve", "1"], ["reload"], ["checkin", "--unit", "dg-sy"], ["spotcheck", "dg-sy"]] {
            let result = try asNobody(daemon, group: "nogroup", change)
            #expect(result.status == 4, "\(change) as nobody should be refused")
            #expect(result.stderr == "dutyctl: permission denied: only root and members of dutyd's admin group may do this\n")
        }
        #expect(try daemon.dutyctl(["alerts", "--state", "all", "--json"]).stdout == before)
        #expect(daemon.log().contains("refused io.dutyd.Acknowledge to nobody"))
    }

    @Test("members of the admin group may change state, and history records their user name")
    func adminGroupMembers() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon(adminGroup: "users", "socket_mode = \"0666\""))
        let report = try asNobody(daemon, group: "users", ["report", "--unit", "ls-zx", "--summary", "学生走失"])
        #expect(report.status == 0, "\(report.stderr)")
        let acknowledged = try asNobody(daemon, group: "nogroup", supplementary: ["users"], ["ack", "1"])
        #expect(acknowledged.status == 0, "supplementary membership counts: \(acknowledged.stderr)")
        let shown = try JSONDecoder().decode(ShowAlertReply.self, from: Data(try daemon.dutyctl(["show", "1", "--json"]).stdout.utf8))
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
