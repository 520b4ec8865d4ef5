import Foundation

/// One valid row of a ledger file, ready to be compared with the hazards dutyd has.
public struct LedgerDraft: Sendable, Equatable {
    /// The hazard's stable id.
    public var id: String
    /// The spreadsheet row it came from.
    public var row: Int
    public var entry: LedgerEntry
    public var deadline: Date
    /// The deadline as written, for history notes.
    public var deadlineText: String
    /// The 1-based column of 整改时限, for problems about the deadline.
    public var deadlineColumn: Int
    /// The status for a new hazard (from 整改情况); an existing hazard keeps its own.
    public var status: HazardStatus
    /// The progress note for a new hazard (整改进展).
    public var progress: String
    /// When a new hazard imported as rectified or closed was rectified (整改完成时间), if the ledger says.
    public var rectifiedOn: Date?
    /// When a new hazard imported as closed was verified and closed (销号日期), if the ledger says.
    public var closedOn: Date?

    public init(id: String, row: Int, entry: LedgerEntry, deadline: Date, deadlineText: String, deadlineColumn: Int, status: HazardStatus, progress: String,
        rectifiedOn: Date? = nil, closedOn: Date? = nil
    ) {
        self.id = id
        self.row = row
        self.entry = entry
        self.deadline = deadline
        self.deadlineText = deadlineText
        self.deadlineColumn = deadlineColumn
        self.status = status
        self.progress = progress
        self.rectifiedOn = rectifiedOn
        self.closedOn = closedOn
    }
}
