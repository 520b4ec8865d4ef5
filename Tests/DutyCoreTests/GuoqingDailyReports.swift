import DutyCore
import Foundation

extension GuoqingSimulation {
    /// The report of `unit` for `day` of `period` as transcript lines: the unit's own figures and
    /// filing, one line per unit directly below it (its whole subtree), and the totals.
    func dailyLines(_ unit: String, _ day: LocalDate, in period: String) -> [String] {
        guard let report = reports[day]?[unit], report.period == period else { return [] }
        let label = "\(day.description.suffix(5)) daily \(unit)"
        return ["\(label) own: \(Self.figures(report.own)) · \(Self.filed(report.filing))"]
            + report.children.map { "\(label) ⊃ \($0.unit.id): \(Self.figures($0.figures)) · \(Self.filed($0.filing))" }
            + ["\(label) total: \(Self.figures(report.totals))"]
    }

    /// Where a unit's report and its parent's line for it disagree, for every unit and day: empty
    /// when every report rolls up into the one above.
    var rollUpMismatches: [String] {
        reports.sorted { $0.key < $1.key }.flatMap { day, units in
            units.values.flatMap { report in
                report.children.compactMap { child in
                    units[child.unit.id]?.totals == child.figures ? nil : "\(day) \(report.unit.id) ⊃ \(child.unit.id)"
                }
            }
        }
    }

    /// How a unit filed its day: 已报 (a note), 零报告, or 未报.
    static func filed(_ filing: DailyFiling?) -> String {
        guard let filing else { return "未报" }
        return filing.isZeroReport ? "零报告" : "已报"
    }

    /// `shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 ·
    /// hazards found 0 rectified 0 overdue 1 · 整改 3/6`.
    static func figures(_ figures: DailyFigures) -> String {
        "shifts \(figures.shifts) on time \(figures.onTime) late \(figures.late) missed \(figures.missed)"
            + " · spot checks \(figures.spotChecksConfirmed)/\(figures.spotChecks) missed \(figures.spotChecksMissed)"
            + " · incidents \(figures.incidents) follow-ups \(figures.followUps)"
            + " · hazards found \(figures.hazardsFound) rectified \(figures.hazardsRectified) overdue \(figures.hazardsOverdue)"
            + " · 整改 \(figures.hazardsRectifiedTotal)/\(figures.hazardsTotal)"
    }
}
