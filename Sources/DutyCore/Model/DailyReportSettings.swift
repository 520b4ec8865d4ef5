/// When units file their daily duty report (`[daily_report]`): the deadline for a note or zero report.
public struct DailyReportSettings: Sendable, Equatable {
    /// Local time by which a unit files its note or zero report; later filings are refused.
    public var deadline: TimeOfDay

    public init(deadline: TimeOfDay = TimeOfDay(hour: 16, minute: 0)!) {
        self.deadline = deadline
    }
}
