/// What an alert is about; each kind has its own escalation policies.
public enum AlertKind: String, CaseIterable, Sendable {
    /// The duty officer did not check in at the start of a shift.
    case missedCheckin = "missed_checkin"
    /// The duty officer did not confirm presence at a spot check.
    case absentAtSpotCheck = "absent_at_spot_check"
    /// A hazard passed its rectification deadline.
    case hazardOverdue = "hazard_overdue"
    /// A hazard reported rectified was not verified in time.
    case rectificationUnverified = "rectification_unverified"
    /// An incident reported by a unit was not acknowledged by the level above.
    case incident
    /// A unit did not file (报备) its holiday roster by `[duty] roster_filing_deadline`.
    case rosterNotFiled = "roster_not_filed"
    /// A unit filed no daily report (note or zero report) by `[daily_report] deadline`.
    case dailyReportMissing = "daily_report_missing"

    /// Whether policies for this kind may be narrowed by risk level.
    public var isGradedByRisk: Bool {
        switch self {
        case .hazardOverdue, .rectificationUnverified, .incident: true
        case .missedCheckin, .absentAtSpotCheck, .rosterNotFiled, .dailyReportMissing: false
        }
    }
}
