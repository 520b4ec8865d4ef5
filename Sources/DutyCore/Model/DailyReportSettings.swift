/// When units file their daily duty report (`[daily_report]`): the deadline for a note or zero
/// report, and when dutyd sends every unit's report to the level above.
public struct DailyReportSettings: Sendable, Equatable {
    /// Local time by which a unit files its note or zero report; a unit that filed nothing by then
    /// raises `daily_report_missing`, and may still file late (补报).
    public var deadline: TimeOfDay
    /// Local time at which every unit's report is sent to the level above; nil: at the deadline.
    public var sendAt: TimeOfDay?

    public init(deadline: TimeOfDay = TimeOfDay(hour: 16, minute: 0)!, sendAt: TimeOfDay? = nil) {
        self.deadline = deadline
        self.sendAt = sendAt
    }

    /// When the reports go out: `send_at`, else the deadline.
    public var sendTime: TimeOfDay { sendAt ?? deadline }
}
