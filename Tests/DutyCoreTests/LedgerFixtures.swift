import DutyCore
import Foundation

/// Ledgers for tests: the bundled example's six hazards, and helpers to read and import them.
enum LedgerFixtures {
    static let header = "序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况"

    /// The bundled example ledger (`config/ledgers/2026-autumn-inspection.csv`).
    static func exampleText() throws -> String {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/ledgers/2026-autumn-inspection.csv").standardized
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// The drafts of a ledger text, or its problems as `file: row R, column C (name): message`.
    static func read(
        _ text: String, configuration: Configuration, file: String = "台账.csv", allowUnmatched: Bool = false
    ) -> Result<[LedgerDraft], LedgerProblems> {
        do {
            return LedgerReader.reading(try CSVParser.parse(text, file: file), configuration: configuration, allowUnmatched: allowUnmatched).map(\.drafts)
        } catch {
            return .failure(LedgerProblems([error]))
        }
    }

    /// The import plan of `text` against `book`, as the daemon makes it.
    static func plan(
        _ text: String, book: HazardBook, configuration: Configuration, allowUnmatched: Bool = false
    ) -> Result<LedgerImportPlan, LedgerProblems> {
        read(text, configuration: configuration, allowUnmatched: allowUnmatched).flatMap { drafts in
            LedgerImportPlan.plan(file: "台账.csv", drafts: drafts, book: book, clock: WallClock(zoneIdentifier: configuration.daemon.timeZone))
        }
    }

    /// The problems of a ledger that must not import, as printed.
    static func problems(_ text: String, book: HazardBook = HazardBook(settings: HazardSettings()), configuration: Configuration) -> [String] {
        switch plan(text, book: book, configuration: configuration) {
        case .success: []
        case .failure(let problems): problems.problems.map(\.description)
        }
    }
}
