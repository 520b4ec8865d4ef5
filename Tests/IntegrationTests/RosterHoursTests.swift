import DutyCore
import DutyProtocol
import DutyShell
import Foundation
import Testing

@Suite("Duty hours and calendars against the real daemon")
struct RosterHoursTests {
    @Test("dutyctl roster hours on the example 国庆 roster: table, CSV, .xlsx and JSON; bad dates and units are refused")
    func hours() throws {
        let daemon = try DaemonHarness()
        let json = try daemon.dutyctl(["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--unit", "dg-sy", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let reply = try JSONDecoder().decode(RosterHoursReply.self, from: Data(json.stdout.utf8))
        // 陈静 keeps every shift at 东港区实验小学, so 10-01 00:00 to 10-08 00:00 is covered whole: 168h, all
        // of them holiday; nights 00:00–08:00 on 7 days and 20:00–24:00 on 7 days: 56 + 28 = 84h. The 09-30
        // night counts from 10-01 00:00, the 10-07 night until 10-08 00:00.
        #expect(reply.hours.map { "\($0.name) \($0.role) \($0.shifts) \($0.hours) \($0.nightHours) \($0.holidayHours)" } == [
            "陈静 duty_officer 15 168.0 84.0 168.0",
            "刘洋 leader_on_duty 15 168.0 84.0 168.0",
        ])
        let table = try daemon.dutyctl(["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--unit", "dg-sy"])
        #expect(table.stdout.split(separator: "\n").first == "PERSON  ROLE            SHIFTS  HOURS  NIGHT  HOLIDAY")
        let csv = try daemon.dutyctl(["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--unit", "dg-sy", "--csv"])
        #expect(csv.stdout.hasPrefix("姓名,编号,角色,班次数,值班时长（小时）,夜间时长（小时）,节假日时长（小时）\r\n陈静,sy-chen,值班人员,15,168,84,168\r\n"))
        let workbook = daemon.directory.appending(path: "值班时长.xlsx")
        let xlsx = try SpreadsheetTests.export(daemon, ["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--unit", "dg-sy", "--xlsx"], to: workbook)
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let sheet = try XLSXFile.read(path: workbook.path, sheet: "值班时长2026-10-01至2026-10-07")
        let fromCSV = try CSVParser.parse(csv.stdout, file: "值班时长.csv")
        #expect(sheet.header == fromCSV.header && sheet.rows.map(\.fields) == fromCSV.rows.map(\.fields) && sheet.rows.count == 2)
        #expect(try daemon.dutyctl(["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--csv", "--xlsx"]).status == 2)

        let badDate = try daemon.dutyctl(["roster", "hours", "--from", "2026-10-32", "--to", "2026-10-07"])
        #expect(badDate.status != 0 && badDate.stderr.contains("\"2026-10-32\" is not a time"), "\(badDate.stderr)")
        #expect(try daemon.dutyctl(["roster", "hours", "--from", "2026-10-07", "--to", "2026-10-01"]).stderr.contains("is not after from"))
        #expect(try daemon.dutyctl(["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--unit", "nowhere"]).status != 0)
    }

    @Test("dutyctl roster --ical writes a calendar that Python's icalendar parses back with the same events")
    func iCalendar() throws {
        let daemon = try DaemonHarness()
        let calendar = try daemon.dutyctl(["roster", "--ical", "林小红"])
        #expect(calendar.status == 0, "\(calendar.stderr)")
        let file = daemon.directory.appending(path: "林小红.ics")
        try calendar.stdout.write(to: file, atomically: true, encoding: .utf8)
        #expect(try daemon.dutyctl(["roster", "--ical", "nobody"]).stderr.contains("no person has id or name \"nobody\""))

        guard let python = try Self.python() else {
            Issue.record("no python3 with the icalendar package: python3 -m venv .build-venv && .build-venv/bin/python -m pip install icalendar varlink, then DUTYD_PYTHON=.build-venv/bin/python (.ci/run does this)")
            return
        }
        let script = """
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], encoding="utf-8").read())
            print(calendar.walk("VTIMEZONE")[0]["TZID"])
            for event in calendar.walk("VEVENT"):
                print(event.decoded("DTSTART").isoformat(), event.decoded("DTEND").isoformat(), event["SUMMARY"])
            """
        let result = try run(python, ["-c", script, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let roster = try daemon.decode(RosterReply.self, ["roster", "--unit", "ls-zx", "--json"])
        let expected = roster.shifts.filter { $0.dutyOfficer.name == "林小红" }.map { "\($0.start) \($0.end) 值班：岚山区中心小学（值班人员）" }
        #expect(lines.first == "Asia/Shanghai")
        #expect(Array(lines.dropFirst()) == expected)
        #expect(expected.count == 15)
    }

    /// A python3 that can `import icalendar`: `$DUTYD_PYTHON`, else `python3` on the PATH.
    static func python() throws -> URL? {
        let candidate = ProcessInfo.processInfo.environment["DUTYD_PYTHON"] ?? "/usr/bin/python3"
        return try run(URL(filePath: candidate), ["-c", "import icalendar"]).status == 0 ? URL(filePath: candidate) : nil
    }
}
