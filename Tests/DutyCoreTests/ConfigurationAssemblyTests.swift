import DutyCore
import Foundation
import Testing

@Suite("Configuration assembly: the main file and the data files' contents become one configuration, in DutyCore")
struct ConfigurationAssemblyTests {
    static let rosterHeader = "单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话\n"

    static let calendar = """
        [[holidays]]
        name = "国庆节"
        start = 2026-10-01
        end = 2026-10-08
        make_up_days = [2026-09-27]
        """

    static func table(_ text: String, file: String) throws -> DataFileContent<CSVTable> {
        DataFileContent(path: file, content: .success(try CSVParser.parse(text, file: file)))
    }

    static func roster(_ text: String, file: String) throws -> DataFileContent<RosterSource> {
        DataFileContent(path: file, content: .success(.table(try CSVParser.parse(text, file: file))))
    }

    /// The diagnostics of an assembly that must fail, as printed.
    static func diagnostics(_ result: Result<ConfigurationAssembly.Assembled, ConfigErrors>) -> [String] {
        switch result {
        case .success: ["accepted"]
        case .failure(let errors): errors.diagnostics.map(\.description)
        }
    }

    @Test("a roster finds the people a list adds, whatever the order, and takes its yearless dates from the calendar")
    func peopleAndCalendarBeforeRosters() throws {
        let people = try Self.table("编号,姓名,单位,手机,电话,角色\nsy-zhou,周明,东港区实验小学,13906339999,,安全员\n", file: "people.csv")
        let roster = try Self.roster(Self.rosterHeader + "东港区实验小学,10月1日,08:00-20:00,周明,,刘洋,\n", file: "roster.csv")
        let assembled = try ConfigurationAssembly.assemble(
            main: try SimulationClock.exampleConfiguration(), people: [people],
            calendars: [DataFileContent(path: "holidays.toml", content: .success(Self.calendar))], rosters: [roster]).get()
        let configuration = assembled.configuration
        #expect(configuration.person("sy-zhou")?.name == "周明")
        #expect(configuration.tree["dg-sy"]?.contacts[.safety]?.last == "sy-zhou")
        #expect(configuration.calendar.periods.map(\.name) == ["国庆节"])
        #expect(configuration.roster["dg-sy/2026-10-01T08:00"]?.dutyOfficer == DutyPerson(id: "sy-zhou", name: "周明", phone: "13906339999"))
        #expect(configuration.roster["dg-sy/2026-10-01T08:00"]?.leaderOnDuty?.id == "sy-liu")
    }

    @Test("the same shift in a TOML roster and a spreadsheet is refused, naming the first place; nothing is assembled")
    func duplicateShift() throws {
        let toml = DataFileContent(path: "a.toml", content: .success(RosterSource.toml("""
            [[shifts]]
            unit = "dg-sy"
            start = 2026-10-01T08:00:00
            end = 2026-10-01T20:00:00
            duty_officer = "陈静"
            leader_on_duty = "sy-liu"
            """)))
        let csv = try Self.roster(Self.rosterHeader + "dg-sy,2026-10-01,08:00-20:00,陈静,,刘洋,\n", file: "b.csv")
        let result = ConfigurationAssembly.assemble(main: try SimulationClock.exampleConfiguration(), people: [], calendars: [], rosters: [toml, csv])
        #expect(Self.diagnostics(result) == [
            "b.csv: row 2: shift dg-sy/2026-10-01T08:00 is also in a.toml, line 1; a unit has one shift per start time"
        ])
    }

    @Test("every file's mistakes come back at once: a file the shell could not read, a wrong calendar, a roster naming no one")
    func allMistakesAtOnce() throws {
        let unreadable = DataFileContent<CSVTable>(
            path: "people.csv", content: .failure(ConfigErrors([ConfigDiagnostic(file: "people.csv", location: .init(line: 0, column: 0), message: "cannot read", position: .wholeFile)])))
        let calendar = DataFileContent(path: "holidays.toml", content: .success("[[holidays]]\nname = \"国庆节\"\nstart = 2026-10-08\nend = 2026-10-01\n"))
        let roster = try Self.roster(Self.rosterHeader + "dg-sy,2026-10-01,08:00-20:00,周明,,刘洋,\n", file: "roster.csv")
        let result = ConfigurationAssembly.assemble(main: try SimulationClock.exampleConfiguration(), people: [unreadable], calendars: [calendar], rosters: [roster])
        let diagnostics = Self.diagnostics(result)
        #expect(diagnostics.count == 3)
        #expect(diagnostics[0] == "holidays.toml:4:7: \"end\" 2026-10-01 is before \"start\" 2026-10-08")
        #expect(diagnostics[1] == "people.csv: cannot read")
        #expect(diagnostics[2].hasPrefix("roster.csv: row 2, column 4 (值班人员): "))
    }

    @Test("what reading a spreadsheet tidied comes back as notices beside the configuration")
    func notices() throws {
        let roster = try Self.roster("东港区2026年国庆值班表,,,,,,\n" + Self.rosterHeader + "dg-sy,2026-10-01,08:00-20:00,陈静,,刘洋,\n", file: "roster.csv")
        let assembled = try ConfigurationAssembly.assemble(main: try SimulationClock.exampleConfiguration(), people: [], calendars: [], rosters: [roster]).get()
        #expect(assembled.configuration.roster["dg-sy/2026-10-01T08:00"] != nil)
        #expect(assembled.notices.map(\.description) == ["roster.csv: row 2: row 2 is taken as the header; row 1 above it (a title) skipped"])
    }
}
