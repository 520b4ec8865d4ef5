import DutyCore
import Foundation
import Testing

@Suite("Hazards imported as rectified or closed keep the ledger's dates; the summary counts by them and gives 整改率")
struct LedgerClosureTests {
    typealias At = SimulationClock

    static let ledger = """
        序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况,整改完成时间,销号日期
        1,东港区第一幼儿园,厨房,灭火器过期,消防安全,一般,更换灭火器,朱丽,2026-09-25,已销号,2026-09-20,2026-09-22
        2,东港区第一幼儿园,大门,门禁损坏,设施设备,低,维修门禁,朱丽,2026-10-30,已完成整改,2026-10-02,
        3,东港区第一幼儿园,围墙,围墙开裂,设施设备,一般,加固围墙,徐晓燕,2026-10-30,整改中,,
        4,东港区第一幼儿园,操场,跑道破损,设施设备,低,修补跑道,徐晓燕,2026-10-30,已闭环,,
        """

    @Test("a hazard closed in September and imported in October counts as closed in September, not in October")
    func closureDatesFromTheLedger() throws {
        let configuration = try At.exampleConfiguration()
        var book = HazardBook(settings: configuration.hazards)
        let importedAt = At.at(10, 8, 9)
        _ = book.apply(try LedgerFixtures.plan(Self.ledger, book: book, configuration: configuration).get(), actor: "anquanke", now: importedAt)
        #expect(book.hazards["dg-yey-1"]?.rectifiedAt == At.at(9, 20, 23, 59) + .seconds(59))
        #expect(book.hazards["dg-yey-1"]?.closedAt == At.at(9, 22, 23, 59) + .seconds(59))
        #expect(book.hazards["dg-yey-2"]?.rectifiedAt == At.at(10, 2, 23, 59) + .seconds(59))
        #expect(book.hazards["dg-yey-4"]?.closedAt == importedAt, "without a 销号日期 the import is the closure")

        func figures(since: Date) -> HazardSummary.Figures? {
            HazardSummary(hazards: book.hazards.values, tree: configuration.tree, root: "dg-yey", since: since, now: At.at(10, 9, 9)).units.first
        }
        let october = try #require(figures(since: At.at(10, 1, 0)))
        #expect(october.closedInPeriod == 1 && october.rectifiedInPeriod == 2)
        let september = try #require(figures(since: At.at(9, 1, 0)))
        #expect(september.closedInPeriod == 2 && september.rectifiedInPeriod == 3)
        #expect(october.rectificationRate == 0.75, "整改率: 3 of 4 reported rectified")
    }

    @Test("a closure date on a hazard the ledger calls 整改中 is an error of that cell")
    func closureDateNeedsItsStatus() throws {
        let text = Self.ledger.replacing("整改中,,", with: "整改中,,2026-10-01")
        #expect(LedgerFixtures.problems(text, configuration: try At.exampleConfiguration()) == [
            "台账.csv: row 4, column 12 (销号日期): the hazard's status is 整改中, so it has no 销号日期; leave the cell empty or correct 整改情况",
        ])
    }

    @Test("the status table maps each documented word, and nothing else", arguments: LedgerStatusWords.table.flatMap { entry in entry.words.map { ($0, entry.status) } })
    func statusWords(_ word: String, _ status: HazardStatus) {
        #expect(HazardStatus(ledgerWord: word) == status)
        #expect(HazardStatus(ledgerWord: word + "了") == nil)
    }
}
