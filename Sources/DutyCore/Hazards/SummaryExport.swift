/// Writes the roll-up summary as a table for a spreadsheet: one row a unit, indented by its depth.
public enum SummaryExport {
    /// The header and rows: counts by risk and status, overdue, progress within the period, and 整改率.
    public static func table(_ summary: HazardSummary, tree: OrgTree) -> (header: [String], rows: [[String]]) {
        let statuses: [HazardStatus] = [.open, .rectifying, .rectified, .closed, .reopened]
        let header = ["单位", "隐患总数"] + RiskLevel.allCases.map(\.chineseName) + statuses.map(\.chineseName) + ["逾期", "期内整改", "期内销号", "整改率"]
        let rows = summary.units.map { figures -> [String] in
            let name = String(repeating: "\u{3000}", count: figures.depth) + (tree[figures.unit]?.name ?? figures.unit)
            let counts = [figures.total] + RiskLevel.allCases.map { figures.byRisk[$0] ?? 0 } + statuses.map { figures.byStatus[$0] ?? 0 }
                + [figures.overdue, figures.rectifiedInPeriod, figures.closedInPeriod]
            let rate = figures.rectificationRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
            return [name] + counts.map(String.init) + [rate]
        }
        return (header, rows)
    }
}
