import DutyProtocol
import Foundation
import Testing

@Suite("Daily reports missing at the deadline and sent by dutyd, against the real daemon and dutyctl")
struct DailyMissingTests {
    @Test("a staffed unit that filed nothing by the deadline raises daily_report_missing and the reports go up at send_at, each once across a restart; filing late (补报) resolves the alert and shows late")
    func missingReport() throws {
        // The deadline and send time: the next whole minute at least 45 s away, on a holiday of that day.
        let due = Date(timeIntervalSince1970: ((Date().timeIntervalSince1970 + 45) / 60).rounded(.up) * 60)
        let (day, time) = RosterTests.local(due)
        let file = try RosterTests.scratchFile("holidays.toml")
        try "[[holidays]]\nname = \"校庆\"\nstart = \(day)\nend = \(day)\n".write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: { text in
            text.replacing("calendars = [\"calendars/2026.toml\"]", with: "calendars = [\"\(file.path)\"]")
                .replacing("deadline = \"16:00\"", with: "deadline = \"\(time)\"")
                .replacing("send_at = \"17:00\"", with: "send_at = \"\(time)\"")
        })
        for unit in ["rz", "rz-dg"] {
            let zero = try daemon.dutyctl(["daily", "zero", "--unit", unit, "--date", day])
            #expect(zero.status == 0, "\(unit): \(zero.stderr)")
        }
        #expect(try daemon.dutyctl(["daily", "note", "--unit", "dg-sy", "--date", day, "值班正常"]).status == 0)

        func alerts() throws -> [AlertInfo] {
            try JSONDecoder().decode(
                AlertsReply.self, from: Data(try daemon.dutyctl(["alerts", "--kind", "daily_report_missing", "--state", "all", "--json"]).stdout.utf8)).alerts
        }
        func sentNotices() throws -> Int {
            let outbox = try daemon.decode(OutboxReply.self, ["outbox", "--state", "all", "--json"])
            return outbox.notifications.filter { $0.key.hasPrefix("daily/") && $0.key.contains("/\(day)/") }.count
        }
        func sentEntries() -> Int { daemon.log().components(separatedBy: "sent to the level above by dutyd").count - 1 }
        #expect(try eventually(within: 120) { try alerts().count == 1 && sentEntries() == 10 }, "\(daemon.log())")
        let alert = try #require(try alerts().first)
        #expect(alert.unit == "ls-zx" && alert.subject == "daily:ls-zx/\(day)" && alert.summary.hasSuffix("前报送值班日报"), "\(alert)")
        let notices = try sentNotices()
        #expect(notices > 0)

        #expect(daemon.stop() == 0)
        try daemon.start()
        #expect(try alerts().count == 1, "no second alert after a restart")
        #expect(try sentNotices() == notices && sentEntries() == 10, "the reports are not sent again after a restart")

        let late = try daemon.dutyctl(["daily", "zero", "--unit", "岚山区中心小学", "--date", day])
        #expect(late.status == 0 && late.stdout.contains("岚山区中心小学 \(day) 零报告已补报"), "\(late.stdout)\(late.stderr)")
        let shown = try daemon.decode(ShowAlertReply.self, ["show", String(alert.id), "--json"])
        #expect(shown.alert.state == "resolved" && shown.history.last?.note?.contains("补报\(day.dropFirst(5))值班日报") == true, "\(shown.history)")
        let county = try JSONDecoder().decode(
            DailyReportReply.self, from: Data(try daemon.dutyctl(["daily", "--unit", "rz-ls", "--date", day, "--json"]).stdout.utf8))
        #expect(county.units.first { $0.unit == "ls-zx" }.map { $0.filed == "zero" && $0.late } == true)
        let table = try daemon.dutyctl(["daily", "--unit", "rz-ls", "--date", day], environment: ["COLUMNS": "200"]).stdout
        #expect(table.contains("零报告（补报）"), "\(table)")

        let changed = try daemon.dutyctl(["daily", "note", "--unit", "dg-sy", "--date", day, "补充说明"], environment: ["LANG": "C.UTF-8"])
        #expect(changed.status == 1 && changed.stderr.contains("filing is closed"), "\(changed.stderr)")
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
