import DutyCore
import DutyProtocol
import DutyShell
import Foundation
import Testing

@Suite(".xlsx rosters, people lists and ledgers against the real daemon and dutyctl")
struct SpreadsheetTests {
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../Fixtures/Spreadsheets").standardized

    /// The example configuration reading Calc's roster and 通讯录 workbooks.
    static func configure(_ text: String) -> String {
        text.replacing(#"rosters = ["rosters/2026-national-day.csv"]"#, with: #"rosters = ["\#(fixtures.path)/roster-people.xlsx"]"#)
            .replacing("[data]\n", with: "[data]\npeople = [\"\(fixtures.path)/people.xlsx\"]\n")
    }

    /// Runs dutyctl with `arguments` against the daemon, its standard output into `file` (a workbook is binary).
    static func export(_ daemon: DaemonHarness, _ arguments: [String], to file: URL) throws -> CommandResult {
        try run(URL(filePath: "/bin/sh"), ["-c", #""$0" --socket "$@" > "$DUTYD_OUT""#, Products.dutyctl.path, daemon.socket] + arguments, environment: ProcessInfo.processInfo.environment.merging(["DUTYD_OUT": file.path]) { $1 })
    }

    @Test("dutyd reads an .xlsx roster and people list: oncall and roster show the imported people with their phones; roster --export xlsx loads back as the roster")
    func rosterAndPeople() throws {
        let daemon = try DaemonHarness(configure: Self.configure)
        let night = try daemon.dutyctl(["oncall", "dg-sy", "--at", "2026-10-01T21:00", "--json"])
        #expect(night.status == 0, "\(night.stderr)")
        let shifts = try JSONDecoder().decode(OnCallReply.self, from: Data(night.stdout.utf8)).shifts
        #expect(shifts.map(\.dutyOfficer.name) == ["赵磊"])
        #expect(shifts.first?.dutyOfficer.phone == "13906332004")
        let text = try daemon.dutyctl(["oncall", "ls-zx", "--at", "2026-10-01T09:00"])
        #expect(text.stdout.contains("孙丽 0633-2612346") && text.stdout.contains("高建华 13906333001"), "\(text.stdout)")
        let roster = try daemon.dutyctl(["roster", "--json"])
        let all = try JSONDecoder().decode(RosterReply.self, from: Data(roster.stdout.utf8)).shifts
        #expect(all.map(\.dutyOfficer.name) == ["王强", "孙丽", "赵磊"])

        let workbook = daemon.directory.appending(path: "值班表.xlsx")
        let export = try Self.export(daemon, ["roster", "--export", "xlsx"], to: workbook)
        #expect(export.status == 0, "\(export.stderr)")
        let configuration = try ConfigLoader().load(path: daemon.configFile.path, now: Date()).configuration
        let table = try XLSXFile.read(path: workbook.path, sheet: nil)
        #expect(table.sheet == "值班表")
        #expect(table.rows[1].fields == ["岚山区中心小学", "2026-10-01", "08:00-08:00", "孙丽", "0633-2612346", "高建华", "13906333001"])
        let reloaded = try RosterCSVDecoder.decode(table, configuration: configuration)
        #expect(reloaded.map(\.id) == configuration.roster.shifts.map(\.id))
        #expect(reloaded.map(\.dutyOfficer) == configuration.roster.shifts.map(\.dutyOfficer))
    }

    @Test("an .xlsx ledger imports like its CSV; --export xlsx writes a workbook that reads back equal to --export csv and re-imports unchanged")
    func ledgerRoundTrip() throws {
        let daemon = try DaemonHarness()
        let imported = try LedgerTests.importReply(daemon, Self.fixtures.appending(path: "ledger.xlsx"))
        #expect(imported.added == ["dg-yey-1", "dg-yey-2", "dg-sz-3", "ls-ez-4", "ls-hf-5", "rz-yz-6"])

        let workbook = daemon.directory.appending(path: "台账.xlsx")
        let export = try run(
            URL(filePath: "/bin/sh"), ["-c", #""$0" --socket "$1" hazards --export xlsx > "$2""#, Products.dutyctl.path, daemon.socket, workbook.path])
        #expect(export.status == 0, "\(export.stderr)")
        let csv = try daemon.dutyctl(["hazards", "--export", "csv"])
        let fromCSV = try CSVParser.parse(csv.stdout, file: "台账.csv")
        let fromWorkbook = try XLSXFile.read(path: workbook.path, sheet: nil)
        #expect(fromWorkbook.sheet == "隐患台账")
        #expect(fromWorkbook.header == fromCSV.header)
        #expect(fromWorkbook.rows == fromCSV.rows)
        #expect(fromWorkbook.rows.count == 6)

        let again = try LedgerTests.importReply(daemon, workbook)
        #expect(again.added.isEmpty && again.changed.isEmpty && again.unchanged == 6)

        let summary = daemon.directory.appending(path: "汇总.xlsx")
        #expect(try Self.export(daemon, ["summary", "--since", "2026-09-01", "--export", "xlsx"], to: summary).status == 0)
        let summaryCSV = try CSVParser.parse(try daemon.dutyctl(["summary", "--since", "2026-09-01", "--export", "csv"]).stdout, file: "汇总.csv")
        let summaryTable = try XLSXFile.read(path: summary.path, sheet: nil)
        #expect(summaryTable.sheet?.hasPrefix("隐患汇总2026-09-01至") == true)
        #expect(summaryTable.header == summaryCSV.header && summaryTable.rows == summaryCSV.rows)
        #expect(summaryTable.header.prefix(6) == ["单位", "隐患总数", "重大", "较大", "一般", "低"])
        #expect(summaryTable.rows.first?.fields.prefix(2) == ["山东省教育厅", "6"])

        let refused = try daemon.dutyctl(["hazards", "--export", "xlsx", "--json"])
        #expect(refused.status != 0)
    }

    @Test("a damaged workbook is refused with its reason and changes nothing")
    func refused() throws {
        let daemon = try DaemonHarness()
        let broken = daemon.directory.appending(path: "台账.xlsx")
        try Data("这不是工作簿".utf8).write(to: broken)
        let before = try LedgerTests.databaseRows(daemon)
        let result = try daemon.dutyctl(["import", "ledger", broken.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not an .xlsx workbook (not a zip archive)"), "\(result.stderr)")
        #expect(try LedgerTests.databaseRows(daemon) == before)
    }
}
