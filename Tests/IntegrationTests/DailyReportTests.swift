import DutyCore
import DutyProtocol
import DutyShell
import Foundation
import Testing

@Suite("Daily duty reports (值班日报) against the real daemon")
struct DailyReportTests {
    @Test("dutyctl daily for 东港区 on 10-01 of the example roster: every shift missed, one line per school, totals the sum of the lines")
    func countyDay() throws {
        let daemon = try DaemonHarness()
        let json = try daemon.dutyctl(["daily", "--date", "2026-10-01", "--unit", "东港区教育和体育局", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let reply = try JSONDecoder().decode(DailyReportReply.self, from: Data(json.stdout.utf8))
        #expect(reply.unit == "rz-dg" && reply.period == "国庆节" && reply.date == "2026-10-01")
        // Nobody checked in on the example roster, so every shift of the day has long been missed.
        #expect(!reply.shifts.isEmpty && reply.shifts.allSatisfy { $0.status == "missed" })
        #expect(reply.units.map { "\($0.unit) \($0.own) \($0.filed)" } == ["rz-dg true none", "dg-sy false none", "dg-sz false none", "dg-yey false none"])
        #expect(reply.units.reduce(0) { $0 + $1.figures.shifts } == reply.totals.shifts)
        #expect(reply.totals.missed == reply.totals.shifts)

        let table = try daemon.dutyctl(["daily", "--date", "2026-10-01", "--unit", "rz-dg"], environment: ["COLUMNS": "200"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "东港区教育和体育局 国庆节 2026-10-01 值班日报")
        #expect(lines.contains("值班情况") && lines.contains("汇总"))
        #expect(lines.contains { $0.hasPrefix("合计") })
    }

    @Test("--csv, --xlsx and --html write the report; each file reads back with the same lines")
    func exports() throws {
        let daemon = try DaemonHarness()
        let (csv, xlsx, html) = (daemon.directory.appending(path: "值班日报.csv"), daemon.directory.appending(path: "值班日报.xlsx"), daemon.directory.appending(path: "值班日报.html"))
        let written = try daemon.dutyctl(["daily", "--date", "2026-10-01", "--unit", "rz-dg", "--csv", csv.path, "--xlsx", xlsx.path, "--html", html.path, "--json"])
        #expect(written.status == 0, "\(written.stderr)")
        let reply = try JSONDecoder().decode(DailyReportReply.self, from: Data(written.stdout.utf8))
        let expected = [DailyReportReply.summaryHeader] + reply.summaryRows()
        #expect(expected.map(\.first) == ["单位", "东港区教育和体育局", "东港区实验小学", "东港区第三中学", "东港区第一幼儿园", "合计"])

        let fromCSV = try CSVParser.parse(String(contentsOf: csv, encoding: .utf8), file: csv.path)
        #expect([fromCSV.header] + fromCSV.rows.map(\.fields) == expected)
        let fromWorkbook = try XLSXFile.read(path: xlsx.path, sheet: nil)
        #expect([fromWorkbook.header] + fromWorkbook.rows.map(\.fields) == expected)

        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("@page { size: A4"))
        let python = URL(filePath: ProcessInfo.processInfo.environment["DUTYD_PYTHON"] ?? "/usr/bin/python3")
        let script = """
            import sys, html.parser
            class Page(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__(); self.tag = None; self.rows = []; self.title = ""
                def handle_starttag(self, tag, attrs):
                    self.tag = tag
                    if tag == "tr": self.rows.append([])
                    if tag in ("td", "th"): self.rows[-1].append("")
                def handle_endtag(self, tag): self.tag = None
                def handle_data(self, data):
                    if self.tag == "title": self.title += data
                    if self.tag in ("td", "th"): self.rows[-1][-1] += data
            page = Page(); page.feed(open(sys.argv[1], encoding="utf-8").read())
            print(page.title)
            for row in page.rows: print("|".join(row))
            """
        let parsed = try run(python, ["-c", script, html.path])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let lines = parsed.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "东港区教育和体育局 国庆节 2026-10-01 值班日报")
        let summary = expected.map { $0.joined(separator: "|") }
        let indented = [summary[0], summary[1]] + summary[2..<(summary.count - 1)].map { "  " + $0 } + [summary[summary.count - 1]]
        #expect(Array(lines.suffix(summary.count + 1).dropLast()) == indented)
        #expect(lines.contains("班次|值班人员|带班领导|签到"))
    }

    @Test("a date outside every holiday period and an unknown unit are refused, in English and in Chinese")
    func refusals() throws {
        let daemon = try DaemonHarness()
        let english = try daemon.dutyctl(["daily", "--date", "2026-10-08", "--unit", "rz"], environment: ["LANG": "C.UTF-8"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("2026-10-08 is in no holiday period of the calendar"), "\(english.stderr)")
        let chinese = try daemon.dutyctl(["daily", "--date", "2026-10-08", "--unit", "rz"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 1)
        #expect(chinese.stderr.contains("2026-10-08 不在任何节假日期间"), "\(chinese.stderr)")
        let badDate = try daemon.dutyctl(["daily", "--date", "10月1日", "--unit", "rz"], environment: ["LANG": "C.UTF-8"])
        #expect(badDate.status == 1 && badDate.stderr.contains("expected a date such as"), "\(badDate.stderr)")
        let unknown = try daemon.dutyctl(["daily", "--date", "2026-10-01", "--unit", "nowhere"], environment: ["LANG": "C.UTF-8"])
        #expect(unknown.status != 0 && unknown.stderr.contains("nowhere"), "\(unknown.stderr)")
    }

    @Test("today inside a holiday period: an incident reported and followed up shows on its school's line of the county's report")
    func incidentToday() throws {
        let daemon = try DaemonHarness()
        let calendar = daemon.directory.appending(path: "config/calendars/2026.toml")
        // From yesterday to the day after tomorrow in UTC: today in Asia/Shanghai whatever the hour.
        let day = { (days: Double) in Date.now.addingTimeInterval(days * 86_400).formatted(.iso8601.year().month().day().dateSeparator(.dash)) }
        try "[[holidays]]\nname = \"测试假期\"\nstart = \(day(-1))\nend = \(day(2))\n".write(to: calendar, atomically: true, encoding: .utf8)
        #expect(try daemon.dutyctl(["reload"]).status == 0)
        let reported = try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟", "--json"])
        #expect(reported.status == 0, "\(reported.stderr)")
        let incident = try JSONDecoder().decode(ReportReply.self, from: Data(reported.stdout.utf8)).incident
        #expect(try daemon.dutyctl(["report", "follow-up", incident, "--note", "已断电"]).status == 0)

        let json = try daemon.dutyctl(["daily", "--unit", "rz-dg", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let reply = try JSONDecoder().decode(DailyReportReply.self, from: Data(json.stdout.utf8))
        #expect(reply.period == "测试假期")
        let school = try #require(reply.units.first { $0.unit == "dg-sy" })
        #expect(school.figures.incidents == 1 && school.figures.followUps == 1)
        #expect(reply.totals.incidents == 1 && reply.totals.followUps == 1)
        let own = try daemon.decode(DailyReportReply.self, ["daily", "--unit", "dg-sy", "--json"])
        #expect(own.incidents.map { "\($0.id) \($0.summary) \($0.reportedThatDay) \($0.followUps) \($0.resolved)" } == ["\(incident) 配电箱冒烟 true 1 false"])
    }
}

@Suite("Daily report filings against the real daemon")
struct DailyFilingIntegrationTests {
    /// `2026-12-03`: the day `days` from today in Asia/Shanghai.
    static func day(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date.now.addingTimeInterval(Double(days) * 86_400))
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test("dutyctl daily note and zero before the deadline show on the county's report; a first filing after it is late (补报); a second late, empty and out-of-scope filings are refused and change nothing")
    func filings() throws {
        let configure = { (text: String) in
            DaemonSettingsRewrite.daemon(adminGroup: "dutyd-admin", "socket_mode = \"0666\"")(text)
                .replacing("deadline = \"16:00\"", with: "deadline = \"23:59\"").replacing("send_at = \"17:00\"", with: "send_at = \"23:59\"")
                + "\n[[admins]]\ngroup = \"users\"\nunits = [\"rz-dg\"]\n"
        }
        let daemon = try DaemonHarness(configure: configure)
        let calendar = daemon.directory.appending(path: "config/calendars/2026.toml")
        try "[[holidays]]\nname = \"测试假期\"\nstart = \(Self.day(-2))\nend = \(Self.day(2))\n".write(to: calendar, atomically: true, encoding: .utf8)
        #expect(try daemon.dutyctl(["reload"]).status == 0)
        let tomorrow = Self.day(1), yesterday = Self.day(-1)

        let note = try daemon.dutyctl(["daily", "note", "--unit", "东港区实验小学", "--date", tomorrow, "--for", "刘洋", "值班正常", "--json"])
        #expect(note.status == 0, "\(note.stderr)")
        let filed = try JSONDecoder().decode(FileDailyReportReply.self, from: Data(note.stdout.utf8))
        #expect(filed.unit == "dg-sy" && filed.date == tomorrow && filed.filed == "note" && filed.note == "值班正常")
        #expect(filed.filedBy.contains("刘洋"), "\(filed.filedBy)")
        let permissions = PermissionTests()
        let zero = try permissions.asNobody(daemon, group: "users", ["daily", "zero", "--unit", "dg-sz", "--date", tomorrow])
        #expect(zero.status == 0, "\(zero.stderr)")
        #expect(zero.stdout.contains("东港区第三中学 \(tomorrow) 零报告已报送"), "\(zero.stdout)")

        let report = { try daemon.decode(DailyReportReply.self, ["daily", "--unit", "rz-dg", "--date", tomorrow, "--json"]) }
        let before = try report()
        #expect(before.units.map { "\($0.unit) \($0.filed) \($0.note ?? "-")" } == ["rz-dg none -", "dg-sy note 值班正常", "dg-sz zero -", "dg-yey none -"])
        let table = try daemon.dutyctl(["daily", "--unit", "rz-dg", "--date", tomorrow], environment: ["COLUMNS": "200"])
        #expect(table.stdout.split(separator: "\n").contains { $0.contains("东港区实验小学") && $0.contains("已报") && $0.contains("值班正常") }, "\(table.stdout)")

        let first = try daemon.dutyctl(["daily", "zero", "--unit", "dg-yey", "--date", yesterday])
        #expect(first.status == 0 && first.stdout.contains("东港区第一幼儿园 \(yesterday) 零报告已补报"), "\(first.stdout)\(first.stderr)")
        let late = try daemon.dutyctl(["daily", "zero", "--unit", "dg-yey", "--date", yesterday], environment: ["LANG": "C.UTF-8"])
        #expect(late.status == 1 && late.stderr.contains("was due by \(yesterday) 23:59: filing is closed"), "\(late.stderr)")
        let lateChinese = try daemon.dutyctl(["daily", "zero", "--unit", "dg-yey", "--date", yesterday], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(lateChinese.status == 1 && lateChinese.stderr.contains("报送已截止"), "\(lateChinese.stderr)")
        let outside = try permissions.asNobody(daemon, group: "users", ["daily", "note", "--unit", "ls-zx", "--date", tomorrow, "越权报送"])
        #expect(outside.status == 4, "\(outside.stderr)")
        let unknown = try daemon.dutyctl(["daily", "zero", "--unit", "nowhere", "--date", tomorrow])
        #expect(unknown.status != 0)
        let lanShan = try JSONDecoder().decode(
            DailyReportReply.self, from: Data(try daemon.dutyctl(["daily", "--unit", "rz-ls", "--date", tomorrow, "--json"]).stdout.utf8))
        #expect(lanShan.units.allSatisfy { $0.filed == "none" })
        #expect(try permissions.asNobody(daemon, group: "users", ["daily", "send", "--unit", "ls-zx", "--date", tomorrow]).status == 4)
        #expect(try report() == before)

        let sent = try daemon.dutyctl(["daily", "send", "--unit", "dg-sy", "--date", tomorrow, "--json"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let reply = try JSONDecoder().decode(SendDailyReportReply.self, from: Data(sent.stdout.utf8))
        #expect(reply.units == ["dg-sy"] && reply.notifications > 0)
        let outbox = try daemon.decode(OutboxReply.self, ["outbox", "--state", "all", "--json"])
        let notices = outbox.notifications.filter { $0.key.hasPrefix("daily/dg-sy/\(tomorrow)/") }
        #expect(notices.count == reply.notifications && Set(notices.map(\.recipient)) == ["dg-zhao"])
        #expect(notices.allSatisfy { $0.text.hasPrefix("【dutyd·值班日报】东港区实验小学") && $0.text.hasSuffix("备注：值班正常") }, "\(notices.map(\.text))")
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
