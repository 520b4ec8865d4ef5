import DutyCore
import DutyShell
import Foundation
import Testing

@Suite(".xlsx workbooks written by LibreOffice Calc: rosters and ledgers read as their CSV, merged cells, bad files")
struct XLSXFileTests {
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../Fixtures/Spreadsheets").standardized
    static let config = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config").standardized

    static func fixture(_ name: String) -> String { fixtures.appending(path: name).path }

    /// A configuration whose rosters are these fixtures, copied into its `rosters/` directory.
    static func configuration(rosters: [String]) throws -> URL {
        try RosterLoadingTests.configuration(rosters: rosters) { directory in
            for name in Set(rosters.map { String($0.prefix { $0 != "#" }) }) {
                try FileManager.default.copyItem(atPath: fixture(name), toPath: directory.appending(path: name).path)
            }
        }
    }

    static func failure(_ path: String) -> String? {
        do {
            _ = try SpreadsheetFile.read(path: path)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("Calc's roster and ledger (dates as serial numbers in a date format, phones as numbers) read cell for cell as the CSV they came from")
    func sameAsCSV() throws {
        for (workbook, csv) in [("roster.xlsx", "rosters/2026-national-day.csv"), ("ledger.xlsx", "ledgers/2026-autumn-inspection.csv")] {
            let fromWorkbook = try SpreadsheetFile.read(path: Self.fixture(workbook))
            let fromCSV = try SpreadsheetFile.read(path: Self.config.appending(path: csv).path)
            #expect(fromWorkbook.sheet == String(csv.split(separator: "/")[1].dropLast(4)))
            #expect(fromWorkbook.header == fromCSV.header)
            #expect(fromWorkbook.rows == fromCSV.rows, "\(workbook)")
        }
        let roster = try SpreadsheetFile.read(path: Self.fixture("roster.xlsx"))
        #expect(roster.rows[0] == CSVRecord(row: 2, fields: ["日照市教育局", "2026-09-30", "20:00-08:00", "逄仁霞", "13806330102", "吴志强", "13806330101"]))
    }

    @Test("an .xlsx roster loads as the CSV one does; merged unit and date blocks and a title row above the header are read as Calc shows them")
    func rostersLoad() throws {
        let csv = try ConfigLoader().load(path: RosterLoadingTests.configuration(rosters: ["2026-national-day.csv"]) { _ in }.path, now: Date()).configuration
        let file = try Self.configuration(rosters: ["roster.xlsx"])
        let workbook = try ConfigLoader().load(path: file.path, now: Date()).configuration
        #expect(workbook.roster.shifts.count == 60)
        #expect(workbook.roster.shifts.map(\.id) == csv.roster.shifts.map(\.id))
        #expect(workbook.roster["dg-sy/2026-10-01T20:00"]?.leaderOnDuty?.name == "刘洋")

        for name in ["roster-merged.xlsx", "roster-title.xlsx"] {
            let table = try SpreadsheetFile.read(path: Self.fixture(name))
            #expect(table.headerRow == (name == "roster-title.xlsx" ? 2 : 1))
            #expect(table.rows.count == 12)
            #expect(table.rows.allSatisfy { !$0.fields[0].isEmpty && !$0.fields[1].isEmpty })
            #expect(table.rows[1].fields == ["东港区实验小学", "2026-10-01", "20:00-08:00", "陈静", "13906332002", "刘洋", "13906332001"])
            let loaded = try ConfigLoader().load(path: Self.configuration(rosters: [name]).path, now: Date()).configuration
            #expect(loaded.roster.shifts.count == 12, "\(name)")
            #expect(loaded.roster["ls-zx/2026-10-03T20:00"]?.dutyOfficer.name == "林小红")
        }
    }

    @Test("mistakes in a worksheet are reported at their cells, Sheet!C7; another sheet is chosen with #name")
    func cellAddresses() throws {
        let file = try Self.configuration(rosters: ["roster-errors.xlsx", "roster-merged.xlsx#备注"])
        let rosters = file.deletingLastPathComponent().appending(path: "rosters").path
        let diagnostics = RosterLoadingTests.diagnostics(file)
        #expect(diagnostics.count == 3)
        #expect(diagnostics.contains { $0.hasPrefix("\(rosters)/roster-errors.xlsx: 'roster-errors'!D3 (值班人员): ") && $0.contains("陈晶") })
        #expect(diagnostics.contains("\(rosters)/roster-errors.xlsx: 'roster-errors'!B4 (日期): invalid date \"2026-10-35\": expected a date such as 2026-10-01"))
        #expect(diagnostics.contains { $0.hasPrefix("\(rosters)/roster-merged.xlsx: 备注 row 1: the header lacks the required columns") })
        let missing = try Self.configuration(rosters: ["roster-merged.xlsx#五一"])
        let missingRosters = missing.deletingLastPathComponent().appending(path: "rosters").path
        #expect(RosterLoadingTests.diagnostics(missing) == [
            "\(missingRosters)/roster-merged.xlsx: " + #"the workbook has no sheet named "五一"; its sheets are "国庆值班", "备注""#,
        ])
    }

    @Test("files that are not workbooks, damaged ones and zip bombs are refused with what to do")
    func badFiles() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-xlsx-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ data: Data) throws -> String {
            let path = directory.appending(path: name).path
            try data.write(to: URL(filePath: path))
            return path
        }
        let csvNamedXLSX = try write("台账.xlsx", Data("序号,单位\n1,东港区\n".utf8))
        #expect(Self.failure(csvNamedXLSX) == "\(csvNamedXLSX): not an .xlsx workbook (not a zip archive); an old .xls file must be saved again as \"Excel 工作簿 (*.xlsx)\"")
        let document = try write("文档.xlsx", XLSXFile.pack([XLSXWriter.Part(path: "word/document.xml", text: "<w:document/>")]))
        #expect(Self.failure(document)?.hasSuffix("not an Excel workbook: it has no xl/workbook.xml; save the file in Excel as \"Excel 工作簿 (*.xlsx)\"") == true)
        var parts = XLSXWriter.parts(sheet: "表", header: ["a"], rows: [["1"]])
        parts[5] = XLSXWriter.Part(path: parts[5].path, text: "<worksheet><sheetData><row>")
        let broken = try write("坏.xlsx", XLSXFile.pack(parts))
        #expect(Self.failure(broken)?.contains("the workbook is damaged: xl/worksheets/sheet1.xml is not valid SpreadsheetML") == true)
        parts[5] = XLSXWriter.Part(path: parts[5].path, text: String(repeating: " ", count: XLSXFile.maxPartBytes + 1))
        let bomb = try write("炸弹.xlsx", XLSXFile.pack(parts))
        #expect(try Data(contentsOf: URL(filePath: bomb)).count < 1 << 20)
        #expect(Self.failure(bomb) == "\(bomb): xl/worksheets/sheet1.xml unpacks to more than 64 MiB (or the workbook to more than 128 MiB); dutyd refuses it: split the workbook")
        #expect(Self.failure(directory.appending(path: "无.xlsx").path)?.hasSuffix("cannot read the file: No such file or directory") == true)
    }
}
