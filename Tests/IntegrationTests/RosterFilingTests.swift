import DutyProtocol
import Foundation
import Testing

@Suite("Roster filing (报备) against the real daemon and dutyctl")
struct RosterFilingTests {
    @Test("roster file and roster filing; the unit that did not file raises roster_not_filed at the deadline, filing late resolves it; a scoped admin is refused outside its subtree (exit 4)")
    func filing() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let first = calendar.startOfDay(for: Date().addingTimeInterval(3 * 86_400))
        let day = RosterTests.local(first).day
        let lead = Int(first.timeIntervalSinceNow) - 45
        let file = try RosterTests.scratchFile("holidays.toml")
        try "[[holidays]]\nname = \"校庆\"\nstart = \(day)\nend = \(day)\n".write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: { text in
            DaemonSettingsRewrite.daemon(adminGroup: "dutyd-admin", "socket_mode = \"0666\"")(text)
                .replacing("calendars = [\"calendars/2026.toml\"]", with: "calendars = [\"\(file.path)\"]")
                .replacing("roster_filing_deadline = \"72h\"", with: "roster_filing_deadline = \"\(lead)s\"")
                + "\n[[admins]]\ngroup = \"users\"\nunits = [\"rz-dg\"]\n"
        })
        func filings() throws -> RosterFilingsReply {
            try daemon.decode(RosterFilingsReply.self, ["roster", "filing", "--json"])
        }
        let permissions = PermissionTests()
        for unit in ["rz", "rz-dg", "岚山区中心小学"] {
            let filed = try daemon.dutyctl(["roster", "file", "--unit", unit])
            #expect(filed.status == 0 && filed.stdout.contains("校庆"), "\(unit): \(filed.stderr)")
        }
        #expect(try daemon.dutyctl(["roster", "file", "--unit", "rz"]).status == 0, "filing again is fine")
        #expect(try daemon.dutyctl(["roster", "file", "--unit", "dg-sy", "--period", "寒假"]).stderr.contains("no holiday period 寒假 in the calendar"))
        #expect(try daemon.dutyctl(["roster", "file", "--unit", "dg-sz"]).stderr.contains("dg-sz keeps no holiday roster"))
        let before = try filings()
        #expect(before.period == "校庆" && before.filings.map(\.unit) == ["rz", "rz-dg", "dg-sy", "ls-zx"])
        #expect(before.filings.map { $0.filedAt != nil } == [true, true, false, true])
        let outside = try permissions.asNobody(daemon, group: "users", ["roster", "file", "--unit", "rz"])
        #expect(outside.status == 4, "\(outside.stderr)")

        var alert: AlertInfo?
        #expect(try eventually(within: 90) {
            alert = try daemon.decode(AlertsReply.self, ["alerts", "--kind", "roster_not_filed", "--json"]).alerts.first
            return alert != nil
        })
        #expect(alert?.unit == "dg-sy" && alert?.subject == "roster:dg-sy/校庆")
        let table = try daemon.dutyctl(["roster", "filing"], environment: ["LANG": "zh_CN.UTF-8"]).stdout
        #expect(table.contains("东港区实验小学") && table.contains("未报备") && table.contains("报备截止"), "\(table)")

        let late = try permissions.asNobody(daemon, group: "users", ["roster", "file", "--unit", "dg-sy"])
        #expect(late.status == 0, "\(late.stderr)")
        let shown = try daemon.decode(ShowAlertReply.self, ["show", String(try #require(alert?.id)), "--json"])
        #expect(shown.alert.state == "resolved" && shown.history.last?.actor == "nobody")
        #expect(try filings().filings.first { $0.unit == "dg-sy" }.map { $0.filedBy == "nobody" && $0.missedAt != nil } == true)
        #expect(try daemon.dutyctl(["roster", "filing"]).stdout.contains("filed late"))
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
