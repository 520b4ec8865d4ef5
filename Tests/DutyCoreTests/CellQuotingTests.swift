import DutyCore
import Testing

@Suite("Cells quoted in error messages")
struct CellQuotingTests {
    typealias At = SimulationClock

    @Test("a 10,000-character cell is quoted by its first 200 characters and an ellipsis")
    func longCellIsCut() throws {
        let configuration = try At.exampleConfiguration()
        let runaway = String(repeating: "长", count: 10_000)
        let text = LedgerFixtures.header + "\n1,\(runaway),门口,杂物,消防,较大,清理,吴志强,2026-12-01,\n"
        let problems = LedgerFixtures.problems(text, configuration: configuration)
        #expect(problems == ["台账.csv: row 2, column 2 (学校/单位): no unit named \"\(String(repeating: "长", count: 200))…\" in dutyd's configuration; use a unit's name or id"])
    }
}
