/// A ledger file read without problems: its drafts, what reading it tidied (notices: a title row
/// skipped, merged cells carried down, a title dropped from a name) and what it let through only
/// because it was asked to (warnings: responsible people dutyd does not know, with `--allow-unmatched`).
public struct LedgerReading: Sendable, Equatable {
    public var drafts: [LedgerDraft]
    public var notices: [CSVProblem]
    public var warnings: [CSVProblem]

    public init(drafts: [LedgerDraft], notices: [CSVProblem], warnings: [CSVProblem]) {
        self.drafts = drafts
        self.notices = notices
        self.warnings = warnings
    }
}
