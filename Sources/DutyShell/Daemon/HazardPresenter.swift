import DutyCore
import DutyProtocol
import Foundation

/// Turns hazards and their summaries into the control interface's types.
struct HazardPresenter {
    let configuration: Configuration
    let clock: WallClock
    let now: Date

    func info(_ hazard: Hazard) -> HazardInfo {
        let entry = hazard.entry
        return HazardInfo(
            id: hazard.id, serial: entry.serial, unit: entry.unit, unitName: configuration.tree[entry.unit]?.name ?? entry.unit,
            location: entry.location, description: entry.description, category: entry.category, risk: entry.risk.rawValue,
            measure: entry.measure, responsible: entry.responsible, deadline: clock.iso8601(hazard.deadline), status: hazard.status.rawValue,
            overdue: hazard.isOverdue(at: now), progress: hazard.progress, rectifiedBy: hazard.rectifiedBy,
            rectifiedAt: hazard.rectifiedAt.map(clock.iso8601), closedBy: hazard.closedBy, closedAt: hazard.closedAt.map(clock.iso8601))
    }

    func summary(_ summary: HazardSummary) -> SummaryReply {
        SummaryReply(since: clock.iso8601(summary.since), until: clock.iso8601(summary.now), units: summary.units.map { figures in
            UnitSummaryInfo(
                unit: figures.unit, unitName: configuration.tree[figures.unit]?.name ?? figures.unit, depth: figures.depth, total: figures.total,
                major: figures.byRisk[.major] ?? 0, high: figures.byRisk[.high] ?? 0, general: figures.byRisk[.general] ?? 0,
                low: figures.byRisk[.low] ?? 0, open: figures.byStatus[.open] ?? 0, rectifying: figures.byStatus[.rectifying] ?? 0,
                rectified: figures.byStatus[.rectified] ?? 0, closed: figures.byStatus[.closed] ?? 0, reopened: figures.byStatus[.reopened] ?? 0,
                overdue: figures.overdue, rectifiedInPeriod: figures.rectifiedInPeriod, closedInPeriod: figures.closedInPeriod,
                rectificationRate: figures.rectificationRate)
        })
    }
}
