import DutyCore
import DutyShell
import Foundation
import Testing

/// Rosters and ledgers as offices really save them (`Fixtures/`: GB18030 from Excel on Chinese
/// Windows, UTF-8 with a byte order mark), read against the example configuration.
@Suite("A corpus of real-world spreadsheets")
struct SpreadsheetCorpusTests {
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")

    static func configuration() throws -> Configuration {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/dutyd.toml").standardized
        return try ConfigLoader().load(path: file.path, now: Date()).configuration
    }

    static func table(_ name: String) throws -> CSVTable {
        try CSVFile.read(path: fixtures.appending(path: name).path)
    }

    /// Problems and notices as printed, without the fixture folder.
    static func lines(_ problems: [CSVProblem]) -> [String] {
        problems.map { $0.description.replacing(fixtures.path + "/", with: "") }
    }

    static func at(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar.date(from: DateComponents(year: 2026, month: month, day: day, hour: hour, minute: minute))!
    }

    @Test("a GB18030 roster with title rows, merged cells, 次日 hours, year-less dates, padded names and two 联系电话 columns imports, saying what it tidied")
    func tidiedRoster() throws {
        let reading = try RosterCSVDecoder.read(try Self.table("值班表-标题行-合并单元格.gb18030.csv"), configuration: try Self.configuration())
        #expect(reading.shifts.map(\.id) == [
            "ls-zx/2026-10-01T08:00", "ls-zx/2026-10-02T08:00", "ls-zx/2026-10-02T20:00", "ls-ez/2026-10-01T08:00", "ls-ez/2026-10-02T08:00",
        ])
        #expect(reading.shifts.map(\.end) == [Self.at(10, 2, 8), Self.at(10, 2, 20), Self.at(10, 3, 8), Self.at(10, 2, 8), Self.at(10, 3, 8)])
        let first = reading.shifts[0]
        #expect(first.dutyOfficer == DutyPerson(id: "zx-lin", name: "林小红", phone: "13906333002"))
        #expect(first.leaderOnDuty == DutyPerson(id: "zx-gao", name: "高建华", phone: "13906333001"), "the second 联系电话 is the leader's")
        #expect(reading.shifts[3].leaderOnDuty == DutyPerson(id: "ez-ma", name: "马丽娟", phone: "0633-2612345转801"))
        let file = "值班表-标题行-合并单元格.gb18030.csv"
        #expect(Self.lines(reading.notices) == [
            "\(file): row 3: row 3 is taken as the header; rows 1–2 above it (a title) skipped",
            "\(file): row 5, column 1 (单位): rows 5–6 empty under row 4's \"岚山区中心小学\": read as a merged cell, \"岚山区中心小学\" carried down",
            "\(file): row 8, column 1 (单位): row 8 empty under row 7's \"岚山区第二中学\": read as a merged cell, \"岚山区第二中学\" carried down",
            "\(file): row 6, column 2 (日期): row 6 empty under row 5's \"10月2日\": read as a merged cell, \"10月2日\" carried down",
            "\(file): row 4, column 4 (值班人员): \"林 小红\" was read as \"林小红\": the spaces inside the name were left out",
            "\(file): row 4, column 6 (带班领导): \"高　建华\" was read as \"高建华\": the spaces inside the name were left out",
            "\(file): row 7, column 6 (带班领导): \"马丽娟（副校长）\": the title （副校长） was left out of the name",
        ])
    }

    @Test("a roster's silent misreads fail at their row and column: a phone in scientific notation, a misspelt name, a bad date, a short phone")
    func rosterMisreads() throws {
        let table = try Self.table("值班表-误读.csv"), configuration = try Self.configuration()
        do {
            let reading = try RosterCSVDecoder.read(table, configuration: configuration)
            Issue.record("imported \(reading.shifts.count) shifts")
        } catch {
            #expect(Self.lines(error.problems) == [
                "值班表-误读.csv: row 2, column 5 (联系电话): \"1.39063E+10\" is a number Excel rewrote (scientific notation or decimals), not a phone: format the column as text (设置单元格格式 → 文本), type the numbers again and save",
                "值班表-误读.csv: row 3, column 4 (值班人员): \"陈晶\" is not a configured person; did you mean 陈静 (sy-chen, 东港区实验小学)?",
                "值班表-误读.csv: row 4, column 2 (日期): invalid date \"10月32日\": expected a date such as 2026-10-01 or 10月1日",
                "值班表-误读.csv: row 4, column 7 (带班领导电话): \"139063320\" is not a mobile number: a mobile has 11 digits starting with 1 (expected a mobile such as 13906412345 or a landline such as 0633-1234567)",
            ])
        }
    }

    @Test("a GB18030 ledger with a title row, a merged 学校/单位, 已完成整改, a titled and a padded responsible person and closure dates imports as written")
    func tidiedLedger() throws {
        let configuration = try Self.configuration()
        let reading = try LedgerReader.reading(try Self.table("台账-标题行-合并单元格.gb18030.csv"), configuration: configuration).get()
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        #expect(reading.drafts.map(\.id) == ["dg-yey-1", "dg-yey-2", "dg-sz-3"])
        #expect(reading.drafts.map(\.status) == [.rectified, .closed, .rectifying])
        #expect(reading.drafts.map(\.entry.responsible) == ["朱丽", "徐晓燕", "黄磊"])
        #expect(reading.drafts[0].rectifiedOn == LedgerDates.parse("2026-09-18", clock: clock))
        #expect(reading.drafts[1].closedOn == LedgerDates.parse("2026-09-22", clock: clock))
        #expect(reading.warnings.isEmpty)
        let file = "台账-标题行-合并单元格.gb18030.csv"
        #expect(Self.lines(reading.notices) == [
            "\(file): row 2: row 2 is taken as the header; row 1 above it (a title) skipped",
            "\(file): row 4, column 2 (学校/单位): row 4 empty under row 3's \"东港区第一幼儿园\": read as a merged cell, \"东港区第一幼儿园\" carried down",
            "\(file): row 3, column 8 (整改责任人): \"朱丽（园长）\": the title （园长） was left out of the name",
            "\(file): row 4, column 8 (整改责任人): \"徐 晓燕\" was read as \"徐晓燕\": the spaces inside the name were left out",
        ])
    }

    @Test("a ledger's silent misreads fail at their row and column; --allow-unmatched turns only unknown people into warnings")
    func ledgerMisreads() throws {
        let configuration = try Self.configuration()
        let table = try Self.table("台账-误读.csv")
        let unknown = "\"周燕\" is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them"
        let misspelt = "\"林晓红\" is not a configured person; did you mean 林小红 (zx-lin, 岚山区中心小学)?"
        let twoPeople = "台账-误读.csv: row 3, column 8 (整改责任人): \"张伟、李娜\" names 2 people: a hazard has one responsible person (整改责任人); split the hazard into one row per person, or name the one who answers for it"
        let status = "台账-误读.csv: row 4, column 10 (整改情况): unknown status \"整改完毕\": expected one of \(LedgerStatusWords.accepted) (empty means 未整改); write a progress note in 整改进展"
        let allowAdvice = " (or import with --allow-unmatched to send this hazard's reminders to the unit's safety officers)"
        #expect(LedgerReader.reading(table, configuration: configuration).failureLines == [
            "台账-误读.csv: row 2, column 8 (整改责任人): " + unknown + allowAdvice, twoPeople, status,
            "台账-误读.csv: row 5, column 8 (整改责任人): " + misspelt + allowAdvice,
        ])
        #expect(LedgerReader.reading(table, configuration: configuration, allowUnmatched: true).failureLines == [twoPeople, status])

        let fixed = try CSVParser.parse(
            try String(contentsOf: Self.fixtures.appending(path: "台账-误读.csv"), encoding: .utf8)
                .replacing("张伟、李娜", with: "高建华").replacing("整改完毕", with: "已整改"), file: "台账-误读.csv")
        let reading = try LedgerReader.reading(fixed, configuration: configuration, allowUnmatched: true).get()
        #expect(reading.drafts.map(\.entry.responsible) == ["周燕", "高建华", "高建华", "林晓红"])
        let imported = "; imported as written (--allow-unmatched): reminders go to the unit's safety officers"
        #expect(Self.lines(reading.warnings) == [
            "台账-误读.csv: row 2, column 8 (整改责任人): " + unknown + imported,
            "台账-误读.csv: row 5, column 8 (整改责任人): " + misspelt + imported,
        ])
    }
}

extension Result where Success == LedgerReading, Failure == LedgerProblems {
    /// The problems as printed, or [] when the ledger reads.
    var failureLines: [String] {
        guard case .failure(let problems) = self else { return [] }
        return SpreadsheetCorpusTests.lines(problems.problems)
    }
}
