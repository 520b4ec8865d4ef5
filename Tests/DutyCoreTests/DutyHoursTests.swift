import DutyCore
import Foundation
import Testing

@Suite("Duty hours and iCalendar files of the 国庆 roster")
struct DutyHoursTests {
    typealias At = SimulationClock

    /// Night shifts crossing into and out of 国庆 (10-01 to 10-07), a day shift, a 24-hour shift and
    /// one after the holiday.
    static func configuration() throws -> Configuration {
        var configuration = try At.exampleConfiguration()
        configuration.calendar = HolidayCalendar(periods: [HolidayPeriod(name: "国庆节", first: LocalDate("2026-10-01")!, last: LocalDate("2026-10-07")!)])
        let rows = [
            "单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话",
            "东港区实验小学,2026-09-30,20:00-08:00,陈静,13906332002,刘洋,13906332001",
            "东港区实验小学,2026-10-01,08:00-20:00,陈静,13906332002,刘洋,13906332001",
            "东港区实验小学,2026-10-07,20:00-08:00,陈静,13906332002,刘洋,13906332001",
            "东港区实验小学,2026-10-08,08:00-20:00,陈静,13906332002,,",
            "岚山区中心小学,2026-10-03,08:00-08:00,林小红,13906333002,高建华,13906333001",
        ]
        let table = try CSVParser.parse(rows.joined(separator: "\n"), file: "guoqing.csv")
        configuration.roster = Roster(shifts: try RosterCSVDecoder.decode(table, configuration: configuration))
        return configuration
    }

    @Test("hours per person and role from 10-01 to 10-08 match the table computed by hand")
    func handComputedTable() throws {
        let configuration = try Self.configuration()
        let rows = DutyHours.report(
            roster: configuration.roster, calendar: configuration.calendar, clock: WallClock(zoneIdentifier: "Asia/Shanghai"),
            from: At.at(10, 1, 0), to: At.at(10, 9, 0))
        // 陈静: 09-30 night counted from 10-01 00:00 (8h, all night, all holiday); 10-01 day (12h, holiday);
        // 10-07 night (12h night, 4h holiday until midnight); 10-08 day (12h, neither).
        // 林小红: 10-03 08:00 to 10-04 08:00 (24h, 12h night, all holiday). 刘洋 leads all but 10-08.
        #expect(rows.map { "\($0.name) \($0.role.rawValue) \($0.shifts) \($0.hours) \($0.nightHours) \($0.holidayHours)" } == [
            "陈静 duty_officer 4 44.0 20.0 24.0",
            "林小红 duty_officer 1 24.0 12.0 24.0",
            "刘洋 leader_on_duty 3 32.0 20.0 24.0",
            "高建华 leader_on_duty 1 24.0 12.0 24.0",
        ])
        let dongGang = DutyHours.report(
            roster: configuration.roster, calendar: configuration.calendar, clock: WallClock(zoneIdentifier: "Asia/Shanghai"),
            from: At.at(10, 7, 0), to: At.at(10, 8, 0), units: ["dg-sy"])
        #expect(dongGang.map { "\($0.name) \($0.hours) \($0.nightHours) \($0.holidayHours)" } == ["陈静 4.0 4.0 4.0", "刘洋 4.0 4.0 4.0"])
    }

    @Test("a person's iCalendar file: a VTIMEZONE for Asia/Shanghai, one event per shift and role, escaped, folded at 75 octets, CRLF")
    func iCalendar() throws {
        let configuration = try Self.configuration()
        let person = try #require(configuration.person("sy-liu"))
        let text = ShiftCalendar(configuration: configuration).ics(person: person, now: At.at(9, 20, 12))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        let unfolded = text.replacing("\r\n ", with: "").split(separator: "\r\n").map(String.init)
        #expect(Array(unfolded.prefix(17)) == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dutyd//duty roster//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:值班表 刘洋", "X-WR-TIMEZONE:Asia/Shanghai", "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD",
            "DTSTART:19910915T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VEVENT",
        ])
        #expect(Array(unfolded[17...23]) == [
            "UID:dg-sy/2026-09-30T20:00/leader_on_duty/sy-liu@dutyd",
            "DTSTAMP:20260920T040000Z",
            "DTSTART;TZID=Asia/Shanghai:20260930T200000",
            "DTEND;TZID=Asia/Shanghai:20261001T080000",
            "SUMMARY:值班：东港区实验小学（带班领导）",
            "LOCATION:东港区实验小学",
            "DESCRIPTION:单位：东港区实验小学\\n班次：dg-sy/2026-09-30T20:00\\n值班人员：陈静 13906332002",
        ])
        #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == 3)
    }

    @Test("two duty officers on one shift: each is counted for its hours and has it in the iCalendar file, naming the other")
    func twoOfficers() throws {
        var configuration = try Self.configuration()
        let table = try CSVParser.parse(
            "单位,日期,起止时间,值班人员,带班领导\n东港区实验小学,2026-10-02,08:00-20:00,陈静、杨帆,刘洋\n", file: "two.csv")
        configuration.roster = Roster(shifts: try RosterCSVDecoder.decode(table, configuration: configuration))
        let rows = DutyHours.report(
            roster: configuration.roster, calendar: configuration.calendar, clock: WallClock(zoneIdentifier: "Asia/Shanghai"),
            from: At.at(10, 1, 0), to: At.at(10, 8, 0))
        #expect(rows.map { "\($0.name) \($0.role.rawValue) \($0.shifts) \($0.hours)" } == [
            "陈静 duty_officer 1 12.0", "杨帆 duty_officer 1 12.0", "刘洋 leader_on_duty 1 12.0",
        ])
        let yang = try #require(configuration.people(named: "杨帆").first)
        let text = ShiftCalendar(configuration: configuration).ics(person: yang, now: At.at(9, 20, 12)).replacing("\r\n ", with: "")
        #expect(text.contains("SUMMARY:值班：东港区实验小学（值班人员）"))
        #expect(text.contains("DESCRIPTION:单位：东港区实验小学\\n班次：dg-sy/2026-10-02T08:00\\n值班人员：陈静 13906332002\\n带班领导：刘洋 13906332001"))
    }
}
