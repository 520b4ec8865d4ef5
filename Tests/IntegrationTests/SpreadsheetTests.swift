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

    @Test("dutyd reads an .xlsx roster and people list: oncall and roster show the imported people with their phones")
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

        let terminal = try daemon.dutyctl(["hazards", "--export", "xlsx", "--json"])
        #expect(terminal.status != 0)
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
