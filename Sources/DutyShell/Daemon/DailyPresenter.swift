import DutyCore
import DutyProtocol

/// Turns a `DailyReport` into the control interface's types.
struct DailyPresenter {
    let clock: WallClock

    func reply(_ report: DailyReport) -> DailyReportReply {
        let own = DailyUnitInfo(
            unit: report.unit.id, unitName: report.unit.name, own: true, filed: Self.filed(report.filing), late: report.filing?.late ?? false,
            note: report.filing?.note, filedBy: report.filing?.filedBy.description, figures: info(report.own))
        let children = report.children.map { child in
            DailyUnitInfo(
                unit: child.unit.id, unitName: child.unit.name, own: false, filed: Self.filed(child.filing), late: child.filing?.late ?? false,
                note: child.filing?.note, filedBy: child.filing?.filedBy.description, figures: info(child.figures))
        }
        return DailyReportReply(
            unit: report.unit.id, unitName: report.unit.name, date: report.date.description, period: report.period,
            shifts: report.shifts.map(info), spotChecks: report.spotChecks.map(info), incidents: report.incidents.map(info),
            units: [own] + children, totals: info(report.totals))
    }

    /// `note`, `zero` or `none`.
    static func filed(_ filing: DailyFiling?) -> String {
        guard let filing else { return "none" }
        return filing.isZeroReport ? "zero" : "note"
    }

    private func info(_ figures: DailyFigures) -> DailyFiguresInfo {
        DailyFiguresInfo(
            shifts: figures.shifts, onTime: figures.onTime, late: figures.late, missed: figures.missed, spotChecks: figures.spotChecks,
            spotChecksConfirmed: figures.spotChecksConfirmed, spotChecksMissed: figures.spotChecksMissed, incidents: figures.incidents,
            followUps: figures.followUps, hazardsFound: figures.hazardsFound, hazardsRectified: figures.hazardsRectified,
            hazardsOverdue: figures.hazardsOverdue, hazardsTotal: figures.hazardsTotal, hazardsRectifiedTotal: figures.hazardsRectifiedTotal,
            rectificationRate: figures.rectificationRate.map { ($0 * 1_000).rounded() / 1_000 })
    }

    private func info(_ line: DailyReport.ShiftLine) -> DailyShiftInfo {
        DailyShiftInfo(
            shift: line.shift.id, start: clock.iso8601(line.shift.start), end: clock.iso8601(line.shift.end), dutyOfficers: line.shift.officerNames,
            leaderOnDuty: line.shift.leaderOnDuty?.name, status: line.status.rawValue, checkedInAt: line.checkedInAt.map(clock.iso8601),
            minutesLate: line.minutesLate)
    }

    private func info(_ line: DailyReport.SpotCheckLine) -> DailySpotCheckInfo {
        DailySpotCheckInfo(
            id: line.check.id, requestedAt: clock.iso8601(line.check.requestedAt), names: line.names, state: line.check.state.rawValue,
            found: line.check.report?.text)
    }

    private func info(_ line: DailyReport.IncidentLine) -> DailyIncidentInfo {
        DailyIncidentInfo(
            id: line.incident.id, summary: line.incident.summary, severity: line.incident.severity.rawValue,
            reportedAt: clock.iso8601(line.incident.reportedAt), reportedThatDay: line.reportedThatDay, followUps: line.followUps, resolved: line.resolved)
    }
}
