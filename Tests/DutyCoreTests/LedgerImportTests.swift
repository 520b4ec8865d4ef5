import DutyCore
import Foundation
import Testing

@Suite("Ledger import: header mapping, stable ids, re-import, row errors, export round trip")
struct LedgerImportTests {
    typealias At = SimulationClock

    @Test("the example ledger reads with its units, risks, deadlines and statuses")
    func readsExample() throws {
        let configuration = try At.exampleConfiguration()
        let drafts = try LedgerFixtures.read(try LedgerFixtures.exampleText(), configuration: configuration).get()
        #expect(drafts.map(\.id) == ["dg-yey-1", "dg-yey-2", "dg-sz-3", "ls-ez-4", "ls-hf-5", "rz-yz-6"])
        #expect(drafts.map(\.entry.risk) == [.high, .general, .major, .general, .low, .high])
        #expect(drafts.map(\.status) == [.rectified, .rectifying, .rectifying, .open, .open, .rectified])
        #expect(drafts[0].entry.unit == "dg-yey" && drafts[0].row == 2)
        #expect(drafts[0].deadline == At.at(9, 20, 23, 59) + .seconds(59))
    }

    @Test("re-importing a changed ledger changes exactly the changed hazards, and the plan is what apply does")
    func reimportUpdatesExactlyTheChanged() throws {
        let configuration = try At.exampleConfiguration()
        var book = HazardBook(settings: configuration.hazards)
        let text = try LedgerFixtures.exampleText()
        let first = try LedgerFixtures.plan(text, book: book, configuration: configuration).get()
        #expect(first.added.count == 6 && first.changed.isEmpty && first.unchanged.isEmpty)
        _ = book.apply(first, actor: "anquanke", now: At.at(9, 15, 9))
        let before = book.hazards

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacing("更换灭火器并建立月检制度", with: "更换灭火器并每月检查压力")
        lines[5] = lines[5].replacing("交通安全", with: "校园周边交通")
        lines.insert("7,东港区实验小学,操场,篮球架底座锈蚀,设施设备,一般,除锈加固,刘洋,2026-10-20,", at: 7)
        let second = try LedgerFixtures.plan(lines.joined(separator: "\n"), book: book, configuration: configuration).get()
        #expect(second.added.map(\.id) == ["dg-sy-7"])
        #expect(second.changed.map(\.id) == ["dg-yey-2", "ls-hf-5"])
        #expect(second.changed[0].fields.map(\.description) == ["整改措施: 更换灭火器并建立月检制度 → 更换灭火器并每月检查压力"])
        #expect(second.unchanged == ["dg-yey-1", "dg-sz-3", "ls-ez-4", "rz-yz-6"])

        let outcome = book.apply(second, actor: "anquanke", now: At.at(9, 16, 9))
        #expect(outcome.hazardEvents.map { "\($0.hazardID) \($0.action.rawValue)" } == ["dg-sy-7 imported", "dg-yey-2 changed", "ls-hf-5 changed"])
        let changedIDs = Set(book.hazards.keys.filter { book.hazards[$0] != before[$0] })
        #expect(changedIDs == ["dg-sy-7", "dg-yey-2", "ls-hf-5"])
        #expect(book.hazards["dg-yey-2"]?.status == .rectifying, "an import keeps the hazard's own status")
        let third = try LedgerFixtures.plan(lines.joined(separator: "\n"), book: book, configuration: configuration).get()
        #expect(third.added.isEmpty && third.changed.isEmpty && third.unchanged.count == 7)
    }

    @Test("a re-import may not move a deadline: that needs an approved extension")
    func deadlineChangeRefused() throws {
        let configuration = try At.exampleConfiguration()
        var book = HazardBook(settings: configuration.hazards)
        let text = try LedgerFixtures.exampleText()
        _ = book.apply(try LedgerFixtures.plan(text, book: book, configuration: configuration).get(), actor: "a", now: At.at(9, 15, 9))
        let moved = text.replacing("黄磊,2026-09-18", with: "黄磊,2026-09-28")
        #expect(LedgerFixtures.problems(moved, book: book, configuration: configuration) == [
            "台账.csv: row 4, column 9 (整改时限): hazard dg-sz-3 has the deadline 2026-09-18 in dutyd, not 2026-09-28; a deadline changes only by an approved extension: dutyctl hazard extend dg-sz-3 --until DATE --reason TEXT --approved-by NAME",
        ])
    }

    @Test("malformed ledgers are refused with every problem at its row and column", arguments: [
        (LedgerFixtures.header + "\n1,东港区第一幼儿园,门口,杂物,消防,较大,清理,朱丽,2026-13-01,\n",
         ["台账.csv: row 2, column 9 (整改时限): invalid deadline \"2026-13-01\": expected a date such as 2026-09-20, 2026/9/20 or 2026年9月20日, optionally with a time such as 18:00"]),
        (LedgerFixtures.header + "\n1,东港区第一幼儿园,门口,杂物,消防,特大,清理,朱丽,2026-10-01,\n",
         ["台账.csv: row 2, column 6 (风险等级): unknown risk level \"特大\": expected 重大, 较大, 一般 or 低"]),
        (LedgerFixtures.header + "\n1,东港区第九幼儿园,门口,杂物,消防,较大,清理,朱丽,2026-10-01,\n",
         ["台账.csv: row 2, column 2 (学校/单位): no unit named \"东港区第九幼儿园\" in dutyd's configuration; use a unit's name or id"]),
        (LedgerFixtures.header + "\n1,东港区第一幼儿园,门口,杂物,消防,较大,,朱丽,2026-10-01,\n",
         ["台账.csv: row 2, column 7 (整改措施): empty: expected the rectification measure (整改措施)"]),
        (LedgerFixtures.header + "\n1,东港区第一幼儿园,门口,杂物,消防,较大,清理,朱丽,2026-10-01,\n1,东港区第一幼儿园,后门,杂物,消防,一般,清理,朱丽,2026-10-02,\n",
         ["台账.csv: row 3, column 1 (序号): hazard dg-yey-1 repeats row 2; each hazard may appear once in a ledger"]),
        ("序号,学校/单位,隐患部位,隐患描述,风险等级,整改措施,整改责任人\n1,东港区第一幼儿园,门口,杂物,较大,清理,朱丽\n",
         ["台账.csv: row 1: the header lacks the required column \"整改时限\" (or \"整改期限\", \"deadline\")"]),
        ("学校/单位,隐患部位,隐患描述,风险等级,整改措施,整改责任人,整改时限\n东港区第一幼儿园,门口,杂物,较大,清理,朱丽,2026-10-01\n",
         ["台账.csv: row 1: the header needs \"编号\" (a stable hazard id) or \"序号\" (numbered within the ledger), so that re-imports find the same hazards"]),
        (LedgerFixtures.header + "\n",
         ["台账.csv: row 2: the ledger has a header but no hazards"]),
        (LedgerFixtures.header + "\n1,东港区第一幼儿园,门口,,消防,高,清理,朱丽,明天,\n2,东港区第一幼儿园,后门,杂物,消防,一般,清理,,2026-10-02,\n",
         [
            "台账.csv: row 2, column 4 (隐患描述): empty: expected what the hazard is (隐患描述)",
            "台账.csv: row 2, column 6 (风险等级): unknown risk level \"高\": expected 重大, 较大, 一般 or 低",
            "台账.csv: row 2, column 9 (整改时限): invalid deadline \"明天\": expected a date such as 2026-09-20, 2026/9/20 or 2026年9月20日, optionally with a time such as 18:00",
            "台账.csv: row 3, column 8 (整改责任人): empty: expected the person responsible for rectification (整改责任人)",
         ]),
    ])
    func malformed(text: String, expected: [String]) throws {
        #expect(LedgerFixtures.problems(text, configuration: try At.exampleConfiguration()) == expected)
    }

    @Test("header aliases, 编号 ids, dates with 年月日 and a time, and 整改进展 as progress")
    func aliases() throws {
        let text = """
            隐患编号,单位,部位,存在问题,隐患等级,整改措施,责任人,整改期限,整改情况,整改进展
            JK-01,dg-yey,厨房,燃气报警器失灵,重大风险,更换报警器,朱丽,2026年9月30日,整改中,已联系厂家
            JK-02,东港区第一幼儿园,大门,门禁损坏,low,维修门禁,朱丽,2026/10/8 18:00,,
            """
        let drafts = try LedgerFixtures.read(text, configuration: try At.exampleConfiguration()).get()
        #expect(drafts.map(\.id) == ["JK-01", "JK-02"])
        #expect(drafts.map(\.entry.risk) == [.major, .low])
        #expect(drafts[0].status == .rectifying && drafts[0].progress == "已联系厂家")
        #expect(drafts[1].deadline == At.at(10, 8, 18))
    }

    @Test("an exported ledger imports back to the same hazards, and exports again to the same text")
    func exportRoundTrip() throws {
        let configuration = try At.exampleConfiguration()
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        var book = HazardBook(settings: configuration.hazards)
        _ = book.apply(try LedgerFixtures.plan(try LedgerFixtures.exampleText(), book: book, configuration: configuration).get(), actor: "a", now: At.at(9, 15, 9))
        _ = try book.progress(id: "ls-ez-4", note: "已采购应急灯, \"双电源\"型", actor: "ma", now: At.at(9, 16, 9))
        let ordered = book.hazards(matching: HazardFilter(), tree: configuration.tree, now: At.at(9, 17, 9))
        let exported = LedgerExport.csv(ordered, tree: configuration.tree, clock: clock)
        #expect(exported.hasPrefix("\u{FEFF}序号,编号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况,整改进展\r\n"))

        #expect(try LedgerFixtures.plan(exported, book: book, configuration: configuration).get().unchanged.count == 6)
        var fresh = HazardBook(settings: configuration.hazards)
        _ = fresh.apply(try LedgerFixtures.plan(exported, book: fresh, configuration: configuration).get(), actor: "b", now: At.at(9, 18, 9))
        let again = LedgerExport.csv(fresh.hazards(matching: HazardFilter(), tree: configuration.tree, now: At.at(9, 18, 9)), tree: configuration.tree, clock: clock)
        #expect(again == exported)
    }

    @Test("a unit name two units share is refused; the id is not")
    func ambiguousUnitName() throws {
        let units = ConfigFixtures.units + "[[units]]\nid = \"sy2\"\nname = \"东港区实验小学\"\nkind = \"school\"\nparent = \"dg\"\n\n"
        let configuration = try ConfigDecoder.decode(ConfigFixtures.text(units: units), file: "dutyd.toml")
        let text = LedgerFixtures.header + "\n1,东港区实验小学,门口,杂物,消防,较大,清理,吴志强,2026-12-01,\n2,sy2,门口,杂物,消防,较大,清理,吴志强,2026-12-01,\n"
        #expect(LedgerFixtures.problems(text, configuration: configuration) == [
            "台账.csv: row 2, column 2 (学校/单位): \"东港区实验小学\" names several units (sy, sy2); use the unit's id",
        ])
    }
}
