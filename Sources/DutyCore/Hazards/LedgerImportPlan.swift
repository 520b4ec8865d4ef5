import DutyPhrases
import Foundation

/// What importing one ledger file does: the hazards it adds, those whose ledger fields it changes,
/// and how many it leaves alone. A dry run returns the plan; the real import applies the same plan.
public struct LedgerImportPlan: Sendable, Equatable {
    /// One ledger field that differs, for the history note and the dry run.
    public struct FieldChange: Sendable, Equatable, CustomStringConvertible {
        /// The column's header name, e.g. 整改措施.
        public var column: String
        public var old: String
        public var new: String

        public var description: String { "\(column): \(old) → \(new)" }
    }

    /// An existing hazard whose ledger fields the file changes.
    public struct Change: Sendable, Equatable {
        public var id: String
        public var row: Int
        public var entry: LedgerEntry
        public var fields: [FieldChange]
    }

    public var file: String
    public var added: [LedgerDraft] = []
    public var changed: [Change] = []
    /// Ids of the rows that match their hazard exactly.
    public var unchanged: [String] = []
    /// What reading the file tidied, and what it let through on request (see `LedgerReading`).
    public var notices: [CSVProblem] = []
    public var warnings: [CSVProblem] = []

    /// The plan of a file read by `LedgerReader.reading`, carrying its notices and warnings.
    public static func plan(file: String, reading: LedgerReading, book: HazardBook, clock: WallClock) -> Result<LedgerImportPlan, LedgerProblems> {
        plan(file: file, drafts: reading.drafts, book: book, clock: clock).map { plan in
            var plan = plan
            plan.notices = reading.notices
            plan.warnings = reading.warnings
            return plan
        }
    }

    /// Compares the drafts of a file with the hazards in `book`. A changed deadline is not a change
    /// an import may make: it is a problem of that row (deadlines move only by an approved extension).
    public static func plan(file: String, drafts: [LedgerDraft], book: HazardBook, clock: WallClock) -> Result<LedgerImportPlan, LedgerProblems> {
        var plan = LedgerImportPlan(file: file)
        var problems: [CSVProblem] = []
        for draft in drafts {
            guard let hazard = book.hazards[draft.id] else {
                plan.added.append(draft)
                continue
            }
            if draft.deadline != hazard.deadline {
                problems.append(CSVProblem(
                    file: file, row: draft.row, column: draft.deadlineColumn, columnName: LedgerColumns.Field.deadline.header,
                    phrase: Phrase("ledger.deadlineChanged", draft.id, LedgerDates.format(hazard.deadline, clock: clock), draft.deadlineText)))
                continue
            }
            let fields = differences(hazard.entry, draft.entry)
            if fields.isEmpty {
                plan.unchanged.append(draft.id)
            } else {
                plan.changed.append(Change(id: draft.id, row: draft.row, entry: draft.entry, fields: fields))
            }
        }
        return problems.isEmpty ? .success(plan) : .failure(LedgerProblems(problems))
    }

    private static func differences(_ old: LedgerEntry, _ new: LedgerEntry) -> [FieldChange] {
        let pairs: [(String, String, String)] = [
            ("序号", old.serial, new.serial),
            ("学校/单位", old.unit, new.unit),
            ("隐患部位", old.location, new.location),
            ("隐患描述", old.description, new.description),
            ("隐患类别", old.category, new.category),
            ("风险等级", old.risk.chineseName, new.risk.chineseName),
            ("整改措施", old.measure, new.measure),
            ("整改责任人", old.responsible, new.responsible),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { FieldChange(column: $0.0, old: $0.1, new: $0.2) }
    }
}
