import DutyProtocol
import Foundation
import Testing

@Suite("Scoped administrators against the real daemon")
struct ScopedAdminTests {
    @Test("a member of an [[admins]] group scoped to 东港区 acts on its schools, is refused elsewhere (exit 4, nothing changed) and for global verbs")
    func scopedAdmin() throws {
        let scoped = { (text: String) in
            DaemonSettingsRewrite.daemon(adminGroup: "dutyd-admin", "socket_mode = \"0666\"")(text)
                + "\n[[admins]]\ngroup = \"users\"\nunits = [\"rz-dg\"]\n"
        }
        let daemon = try DaemonHarness(configure: scoped)
        let permissions = PermissionTests()
        let ledger = daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path
        let lanShan = try daemon.decode(ReportReply.self, ["report", "--unit", "ls-zx", "--summary", "学生走失", "--json"])
        #expect(try daemon.dutyctl(["import", "ledger", ledger]).status == 0)
        let state = { try ["alerts", "hazards"].map { try daemon.dutyctl([$0, "--json"] + ($0 == "hazards" ? [] : ["--state", "all"])).stdout } }

        let inside = try permissions.asNobody(daemon, group: "nogroup", supplementary: ["users"], ["report", "--unit", "dg-sy", "--summary", "配电箱冒烟", "--json"])
        #expect(inside.status == 0, "\(inside.stderr)")
        let dongGang = try JSONDecoder().decode(ReportReply.self, from: Data(inside.stdout.utf8)).alert.id
        #expect(try permissions.asNobody(daemon, group: "users", ["ack", String(dongGang)]).status == 0)
        #expect(try permissions.asNobody(daemon, group: "users", ["report", "follow-up", "I2", "--note", "已断电"]).status == 0)
        #expect(try permissions.asNobody(daemon, group: "users", ["hazard", "progress", "dg-sz-3", "--note", "已采购灭火器"]).status == 0)
        let shown = try daemon.decode(ShowAlertReply.self, ["show", String(dongGang), "--json"])
        #expect(shown.history.map(\.actor) == ["nobody", "nobody", "nobody"])

        let before = try state()
        let outside = [
            ["report", "--unit", "ls-zx", "--summary", "x"], ["report", "--unit", "rz", "--summary", "x"], ["ack", String(lanShan.alert.id)], ["resolve", String(lanShan.alert.id)],
            ["report", "pass-up", lanShan.incident], ["report", "follow-up", lanShan.incident, "--note", "x"], ["spotcheck", "ls-zx"], ["hazard", "verify", "rz-yz-6"], ["import", "ledger", ledger], ["reload"], ["outbox", "retry", "1"],
        ]
        for change in outside {
            let result = try permissions.asNobody(daemon, group: "users", change)
            #expect(result.status == 4, "\(change) outside 东港区 should be refused: \(result.stderr)")
        }
        #expect(try state() == before)
        #expect(daemon.log().contains("refused a change to nobody: outside the units of its [[admins]] scope (rz-dg)"))
        #expect(try permissions.asNobody(daemon, group: "nogroup", ["report", "--unit", "dg-sy", "--summary", "x"]).status == 4)
    }
}
