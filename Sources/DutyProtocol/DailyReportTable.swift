/// The daily report's summary table in Chinese, one row per unit and the totals, as `dutyctl daily`
/// prints it and the CSV, .xlsx and HTML exports write it.
extension DailyReportReply {
    /// The figures' columns after 单位, in order.
    static var figureColumns: [(header: String, value: KeyPath<DailyFiguresInfo, Int>)] {
        [
            ("班次", \.shifts), ("按时", \.onTime), ("迟到", \.late), ("未签到", \.missed), ("抽查", \.spotChecks), ("抽查未到岗", \.spotChecksMissed),
            ("事件", \.incidents), ("续报", \.followUps), ("新增隐患", \.hazardsFound), ("当日整改", \.hazardsRectified), ("逾期", \.hazardsOverdue),
        ]
    }

    /// 单位, the figures, 整改率, 报送 and 备注.
    public static var summaryHeader: [String] {
        ["单位"] + figureColumns.map(\.header) + ["整改率", "报送", "备注"]
    }

    /// The unit's own line, a line per unit below (indented when `indent`), then 合计.
    public func summaryRows(indent: Bool = false) -> [[String]] {
        func row(_ name: String, _ figures: DailyFiguresInfo, _ filed: String, _ note: String) -> [String] {
            [name] + Self.figureColumns.map { String(figures[keyPath: $0.value]) } + [figures.rateText, filed, note]
        }
        return units.map { row((indent && !$0.own ? "  " : "") + $0.unitName, $0.figures, $0.filedText, $0.note ?? "") }
            + [row("合计", totals, "", "")]
    }

    /// `东港区教育和体育局 国庆节 2026-10-01 值班日报`.
    public var title: String {
        "\(unitName) \(period) \(date) 值班日报"
    }
}

extension DailyFiguresInfo {
    /// `67%`, or `无` without hazards.
    public var rateText: String {
        rectificationRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "无"
    }
}

extension DailyUnitInfo {
    /// `已报`, `零报告` or `未报`, with `（补报）` after a late filing.
    public var filedText: String { Self.filedText(filed, late: late) }

    /// `已报`, `零报告` or `未报` for `filed` (`note`, `zero` or `none`), with `（补报）` when `late`.
    public static func filedText(_ filed: String, late: Bool) -> String {
        let late = late ? "（补报）" : ""
        switch filed {
        case "note": return "已报" + late
        case "zero": return "零报告" + late
        default: return "未报"
        }
    }
}

extension DailyShiftInfo {
    /// `按时`, `迟到25分钟`, `未签到` or `待签到`.
    public var statusText: String {
        switch status {
        case "on_time": "按时"
        case "late": "迟到\(minutesLate ?? 0)分钟"
        case "missed": "未签到"
        default: "待签到"
        }
    }
}

extension DailySpotCheckInfo {
    /// What the checker found, or the state in Chinese when nothing was recorded.
    public var foundText: String {
        if let found { return found }
        switch state {
        case "confirmed": return "已确认在岗"
        case "missed": return "未确认（脱岗）"
        default: return "待确认"
        }
    }
}

extension DailyIncidentInfo {
    /// `已办结` or `处置中`.
    public var stateText: String {
        resolved ? "已办结" : "处置中"
    }
}
