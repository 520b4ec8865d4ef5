import DutyCore
import Foundation
import Testing

@Suite("Spreadsheet friction: hours, year-less dates, repeated headers, merged cells, title rows, names")
struct SpreadsheetFrictionTests {
    typealias At = SimulationClock

    static let header = "单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话\n"

    static func problems(_ text: String, configuration: Configuration) -> [String] {
        do {
            _ = try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "r.csv"), configuration: configuration)
            return []
        } catch let error as RosterProblems {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("hours as offices write them", arguments: [
        ("8:00-次日8:00", "08:00-08:00"), ("20:00—次日8:00", "20:00-08:00"), ("8:00至20:00", "08:00-20:00"),
        ("20:00～翌日08:00", "20:00-08:00"), ("8:00-24:00", "08:00-00:00"), ("08:00 - 20:00", "08:00-20:00"),
    ])
    func hours(_ text: String, _ expected: String) {
        #expect(ShiftHours(text)?.description == expected)
    }

    @Test("次日 on an end after the start (over 24 hours) and other shapes are not hours", arguments: ["8:00-次日20:00", "8点到20点", "8:00", "次日8:00-20:00"])
    func notHours(_ text: String) {
        #expect(ShiftHours(text) == nil)
    }

    @Test("a date without a year takes the year of the holiday near it; without one, or with two years near, it is refused")
    func yearlessDates() throws {
        var configuration = try At.exampleConfiguration()
        configuration.calendar = HolidayCalendar(periods: [
            HolidayPeriod(name: "国庆节", first: LocalDate(year: 2026, month: 10, day: 1)!, last: LocalDate(year: 2026, month: 10, day: 8)!),
        ])
        let row = "东港区实验小学,%@,08:00-20:00,陈静,,刘洋,\n"
        let shifts = try RosterCSVDecoder.decode(
            try CSVParser.parse(Self.header + ["10月1日", "9/30", "10-8"].map { row.replacing("%@", with: $0) }.joined(), file: "r.csv"),
            configuration: configuration)
        #expect(shifts.map(\.id) == ["dg-sy/2026-10-01T08:00", "dg-sy/2026-09-30T08:00", "dg-sy/2026-10-08T08:00"])
        #expect(Self.problems(Self.header + row.replacing("%@", with: "5月1日"), configuration: configuration) == [
            "r.csv: row 2, column 2 (日期): \"5月1日\" has no year and is not near a holiday of the calendar (国庆节 2026-10-01–2026-10-08); write the year, e.g. 2026-10-01",
        ])
        configuration.calendar.periods.append(
            HolidayPeriod(name: "元旦", first: LocalDate(year: 2027, month: 1, day: 1)!, last: LocalDate(year: 2027, month: 1, day: 3)!))
        configuration.calendar.periods.insert(
            HolidayPeriod(name: "元旦", first: LocalDate(year: 2025, month: 12, day: 31)!, last: LocalDate(year: 2026, month: 1, day: 2)!), at: 0)
        #expect(Self.problems(Self.header + row.replacing("%@", with: "1月1日"), configuration: configuration) == [
            "r.csv: row 2, column 2 (日期): \"1月1日\" has no year and could be in 2026 or 2027 (holidays of both years are near it); write the year",
        ])
        configuration.calendar = HolidayCalendar()
        #expect(Self.problems(Self.header + row.replacing("%@", with: "10月1日"), configuration: configuration) == [
            "r.csv: row 2, column 2 (日期): \"10月1日\" has no year and no holiday calendar is configured to take it from ([data] calendars); write the year, e.g. 2026-10-01",
        ])
    }

    @Test("a repeated 联系电话 belongs to the person column left of it; where no person column is, the error says how to rename")
    func repeatedPhoneHeaders() throws {
        let configuration = try At.exampleConfiguration()
        let text = "单位,日期,起止时间,值班人员,联系电话,带班领导,联系电话\n东港区实验小学,2026-10-01,08:00-20:00,陈静,13906332002,刘洋,0633-8335566\n"
        let shifts = try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "r.csv"), configuration: configuration)
        #expect(shifts.first?.leaderOnDuty?.phone == "0633-8335566")
        let misplaced = "单位,日期,起止时间,值班人员,联系电话,联系电话,带班领导\n东港区实验小学,2026-10-01,08:00-20:00,陈静,13906332002,13906332001,刘洋\n"
        #expect(Self.problems(misplaced, configuration: configuration) == [
            "r.csv: row 1, column 6 (联系电话): column \"联系电话\" repeats column 5 (\"联系电话\"): both are \"联系电话\" (or \"值班电话\", \"值班人员电话\", \"duty_officer_phone\"); such a column is read as belonging to the column just left of it; put it right after its person, or rename it to one of \"联系电话\", \"带班领导电话\"",
        ])
    }

    @Test("merged cells are carried down only in a block of consecutive rows under a value; a blank line ends the block")
    func mergedCellsStopAtBlankLines() throws {
        let configuration = try At.exampleConfiguration()
        let text = Self.header + "东港区实验小学,2026-10-01,08:00-20:00,陈静,,刘洋,\n,,20:00-08:00,陈静,,刘洋,\n\n,2026-10-02,08:00-20:00,陈静,,刘洋,\n"
        #expect(Self.problems(text, configuration: configuration) == ["r.csv: row 5, column 1 (单位): the unit is missing"])
    }

    @Test("a file with no header in its first rows reports the first row's problem")
    func noHeaderAnywhere() throws {
        let text = "2026年国庆节值班表,,\n单位,日期,人员\n东港区实验小学,2026-10-01,陈静\n"
        #expect(Self.problems(text, configuration: try At.exampleConfiguration()).first?.hasPrefix("r.csv: row 1: the header lacks the required columns") == true)
    }

    @Test("names: Latin names keep their spaces, Chinese ones lose them; a title in ASCII brackets goes too, even with a comma inside")
    func names() throws {
        let configuration = try At.exampleConfiguration()
        let shifts = try RosterCSVDecoder.read(
            try CSVParser.parse(Self.header + "东港区实验小学,2026-10-01,08:00-20:00, 陈　静 ,,\"刘洋(校长, 书记)\",\n", file: "r.csv"), configuration: configuration)
        #expect(shifts.shifts.first?.dutyOfficer.id == "sy-chen" && shifts.shifts.first?.leaderOnDuty?.id == "sy-liu")
        #expect(shifts.notices.map(\.message) == [
            "\"陈　静\" was read as \"陈静\": the spaces inside the name were left out", "\"刘洋(校长, 书记)\": the title (校长, 书记) was left out of the name",
        ])
        #expect(Self.problems(Self.header + "东港区实验小学,2026-10-01,08:00-20:00,Li Na,,刘洋,\n", configuration: configuration) == [
            "r.csv: row 2, column 4 (值班人员): \"Li Na\" is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them",
        ])
    }
}
