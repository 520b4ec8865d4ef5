import Foundation

/// The lines and own figures of every unit of a subtree for one local day, each book read once.
struct DailyLines {
    var shifts: [String: [DailyReport.ShiftLine]] = [:]
    var spotChecks: [String: [DailyReport.SpotCheckLine]] = [:]
    var incidents: [String: [DailyReport.IncidentLine]] = [:]
    var figures: [String: DailyFigures] = [:]

    /// Gathers the day `start..<end` for `units` from `state` as it stands at `now`; `followUps`
    /// are the times of each incident's follow-ups.
    init(units: Set<String>, start: Date, end: Date, state: DutyState, followUps: [String: [Date]], now: Date) {
        let configuration = state.configuration
        let day = start..<end
        for shift in configuration.roster.shifts(units: units, from: start, to: end) where day.contains(shift.start) {
            let line = Self.line(shift, record: state.duty.records[shift.id], grace: configuration.duty.checkinGrace, now: now)
            shifts[shift.unit, default: []].append(line)
            figures[shift.unit, default: DailyFigures()].count(line.status)
        }
        for check in state.duty.spotChecks.values.sorted(by: { ($0.requestedAt, $0.id) < ($1.requestedAt, $1.id) }) where day.contains(check.requestedAt) {
            guard let shift = configuration.roster[check.shiftID], units.contains(shift.unit) else { continue }
            spotChecks[shift.unit, default: []].append(DailyReport.SpotCheckLine(check: check, names: check.names(on: shift)))
            figures[shift.unit, default: DailyFigures()].spotChecks += 1
            if check.state == .confirmed { figures[shift.unit, default: DailyFigures()].spotChecksConfirmed += 1 }
            if check.state == .missed { figures[shift.unit, default: DailyFigures()].spotChecksMissed += 1 }
        }
        for incident in state.alerts.incidents.values.sorted(by: { ($0.reportedAt, $0.id) < ($1.reportedAt, $1.id) }) where units.contains(incident.unit) {
            let reported = day.contains(incident.reportedAt)
            let followed = (followUps[incident.id] ?? []).filter(day.contains).count
            guard reported || followed > 0 else { continue }
            let resolved = state.alerts.openAlert(kind: .incident, subject: AlertSubject(.incident, incident.id)) == nil
            incidents[incident.unit, default: []].append(
                DailyReport.IncidentLine(incident: incident, reportedThatDay: reported, followUps: followed, resolved: resolved))
            if reported { figures[incident.unit, default: DailyFigures()].incidents += 1 }
            figures[incident.unit, default: DailyFigures()].followUps += followed
        }
        let asOf = min(now, end)
        for hazard in state.hazards.hazards.values where units.contains(hazard.unit) && hazard.createdAt < end {
            figures[hazard.unit, default: DailyFigures()].count(hazard, day: day, asOf: asOf)
        }
    }

    /// How `shift` went by `now`: on time or late by its check-in, else missed once the grace period ended.
    static func line(_ shift: Shift, record: ShiftRecord?, grace: Duration, now: Date) -> DailyReport.ShiftLine {
        let graceEnd = shift.start + grace
        guard let at = record?.checkedInAt else {
            let status: DailyReport.ShiftStatus = record?.missedCheckinAt != nil || now >= graceEnd ? .missed : .pending
            return DailyReport.ShiftLine(shift: shift, status: status, checkedInAt: nil, minutesLate: nil)
        }
        let late = at > graceEnd
        return DailyReport.ShiftLine(
            shift: shift, status: late ? .late : .onTime, checkedInAt: at, minutesLate: late ? DutyBook.minutesLate(shift, at) : nil)
    }
}

extension DailyFigures {
    /// Counts one shift of the day by its status.
    mutating func count(_ status: DailyReport.ShiftStatus) {
        shifts += 1
        switch status {
        case .onTime: onTime += 1
        case .late: late += 1
        case .missed: missed += 1
        case .pending: break
        }
    }

    /// Counts one hazard on the ledger by the end of `day`, judged overdue at `asOf` (a hazard
    /// reported rectified after `asOf` was still awaiting rectification then).
    mutating func count(_ hazard: Hazard, day: Range<Date>, asOf: Date) {
        let reportedRectified = hazard.status == .rectified || hazard.status == .closed
        hazardsTotal += 1
        if day.contains(hazard.createdAt) { hazardsFound += 1 }
        if reportedRectified, let at = hazard.rectifiedAt {
            if day.contains(at) { hazardsRectified += 1 }
            if at < day.upperBound { hazardsRectifiedTotal += 1 }
        }
        let awaiting = hazard.status.awaitsRectification || (reportedRectified && (hazard.rectifiedAt.map { $0 >= asOf } ?? false))
        if awaiting, hazard.deadline <= asOf { hazardsOverdue += 1 }
    }
}
