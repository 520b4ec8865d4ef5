import Foundation

/// A fault of a roster: hours of a holiday in which a unit that must be staffed has nobody on
/// duty or no leader on duty, or shifts that overlap or end before they start.
public struct RosterGap: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Holiday hours that no shift covers.
        case noDutyOfficer = "no_duty_officer"
        /// Holiday hours covered only by shifts without a leader on duty.
        case noLeaderOnDuty = "no_leader_on_duty"
        /// Two shifts of one unit at the same time.
        case overlap
        /// A shift that ends at or before its start.
        case backToFront = "back_to_front"
    }

    public var kind: Kind
    public var unit: String
    public var start: Date
    public var end: Date
    /// The shifts concerned (none for hours nobody covers).
    public var shifts: [String]
    /// The holiday the hours belong to.
    public var holiday: String?

    public init(kind: Kind, unit: String, start: Date, end: Date, shifts: [String] = [], holiday: String? = nil) {
        self.kind = kind
        self.unit = unit
        self.start = start
        self.end = end
        self.shifts = shifts
        self.holiday = holiday
    }

    /// The length in hours, for reports.
    public var hours: Double { end.timeIntervalSince(start) / 3_600 }
}
