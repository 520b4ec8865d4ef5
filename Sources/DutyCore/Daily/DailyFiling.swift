import Foundation

/// What a unit filed for one day of a holiday: a note for its daily report, or a zero report
/// (零报告: nothing happened).
public struct DailyFiling: Sendable, Equatable {
    public var unit: String
    public var date: LocalDate
    /// The unit's note; nil for a zero report.
    public var note: String?
    public var filedAt: Date
    public var filedBy: ActorIdentity
    /// Filed after that day's deadline (补报), by a unit that had filed nothing.
    public var late: Bool

    public init(unit: String, date: LocalDate, note: String?, filedAt: Date, filedBy: ActorIdentity, late: Bool = false) {
        self.unit = unit
        self.date = date
        self.note = note
        self.filedAt = filedAt
        self.filedBy = filedBy
        self.late = late
    }

    /// A zero report: filed without a note.
    public var isZeroReport: Bool { note == nil }
}
