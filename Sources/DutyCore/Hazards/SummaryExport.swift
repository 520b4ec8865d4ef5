/// Writes the roll-up summary as a table for a spreadsheet: one row a unit, indented by its depth.
public enum SummaryExport {
    /// The header and rows; `since` and `until` name the period of the 期内 columns.
    public static func table(_ summary: HazardSummary, tree: OrgTree) -> (header: [String], rows: [[String]]) {
        let statuses: [HazardStatus] = [.open, .rectifying, .rectified, .closed, .reopened]
        let header = ["单位", "隐患总数"] + RiskLevel.allCases.map(\.chineseName) + statuses.map(\.chineseName) + ["逾期", "期内整改", "期内销号"]
        let rows = summary.units.map { figures -> [String] in
            let name = String(repeating: "\u{3000}", count: figures.depth) + (tree[figures.unit]?.name ?? figures.unit)
            let counts = [figures.total] + RiskLevel.allCases.map { figures.byRisk[$0] ?? 0 } + statuses.map { figures.byStatus[$0] ?? 0 }
                + [figures.overdue, figures.rectifiedInPeriod, figures.closedInPeriod]
            return [name] + counts.map(String.init)
        }
        return (header, rows)
    }
}
