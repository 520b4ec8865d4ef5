import Foundation

/// One unit's duty report for one day of a holiday period (值班日报): its own shifts, spot checks,
/// incidents and hazards line by line, each unit below it as one summary line, and the totals.
public struct DailyReport: Sendable, Equatable {
    /// How a shift that started that day went.
    public enum ShiftStatus: String, Sendable, CaseIterable {
        /// Checked in within the grace period.
        case onTime = "on_time"
        case late
        /// Not checked in by the end of the grace period.
        case missed
        /// The grace period has not ended yet.
        case pending
    }

    /// One shift of the unit itself.
    public struct ShiftLine: Sendable, Equatable {
        public var shift: Shift
        public var status: ShiftStatus
        public var checkedInAt: Date?
        /// Minutes after the start for a late check-in, else nil.
        public var minutesLate: Int?
    }

    /// One spot check of the unit's shifts requested that day.
    public struct SpotCheckLine: Sendable, Equatable {
        public var check: SpotCheck
        /// Who it asked about, names joined with 、.
        public var names: String
    }

    /// One incident of the unit reported that day, or followed up that day.
    public struct IncidentLine: Sendable, Equatable {
        public var incident: Incident
        /// Whether it was reported that day (else it is here for its follow-ups).
        public var reportedThatDay: Bool
        /// Follow-ups made that day.
        public var followUps: Int
        public var resolved: Bool
    }

    /// A unit below, summed over its own subtree.
    public struct ChildLine: Sendable, Equatable {
        public var unit: OrgUnit
        public var figures: DailyFigures
        public var filing: DailyFiling?
    }

    public var unit: OrgUnit
    public var date: LocalDate
    /// The holiday period the date belongs to (国庆节).
    public var period: String
    public var shifts: [ShiftLine]
    public var spotChecks: [SpotCheckLine]
    public var incidents: [IncidentLine]
    /// The unit's own figures, its lines counted.
    public var own: DailyFigures
    public var filing: DailyFiling?
    /// The units directly below, in configuration order.
    public var children: [ChildLine]

    /// The unit's own figures plus every child's.
    public var totals: DailyFigures {
        children.reduce(own) { $0 + $1.figures }
    }
}

/// Why a daily report cannot be assembled.
public enum DailyReportError: Error, Sendable, Equatable {
    case unknownUnit(String)
    /// The date is in no holiday period of the calendar.
    case notInHolidayPeriod(LocalDate)
}
