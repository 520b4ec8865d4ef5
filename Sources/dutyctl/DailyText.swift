import DutyProtocol
import DutyTerminal

/// How `dutyctl daily` shows a report: Chinese tables of shifts, spot checks, incidents and units.
enum DailyText {
    /// The report's tables, each under its heading; empty sections are left out, the units' table never.
    static func tables(_ reply: DailyReportReply) -> [(title: String, table: TextTable)] {
        var tables: [(title: String, table: TextTable)] = []
        if !reply.shifts.isEmpty {
            tables.append(("值班情况", TextTable(
                columns: [.init("班次"), .init("值班人员"), .init("带班领导"), .init("签到")],
                rows: reply.shifts.map { shift in
                    [ShiftInfo.brief(shift.start) + "—" + ShiftInfo.brief(shift.end), shift.dutyOfficers, shift.leaderOnDuty ?? "-", status(shift)]
                })))
        }
        if !reply.spotChecks.isEmpty {
            tables.append(("抽查情况", TextTable(
                columns: [.init("时间"), .init("对象"), .init("结果", wrapsTo: 24)],
                rows: reply.spotChecks.map { check in [ShiftInfo.brief(check.requestedAt), check.names, check.found ?? state(check.state)] })))
        }
        if !reply.incidents.isEmpty {
            tables.append(("突发事件", TextTable(
                columns: [.init("编号"), .init("事件", wrapsTo: 20), .init("报告时间"), .init("续报", alignment: .right), .init("状态")],
                rows: reply.incidents.map { incident in
                    [incident.id, incident.summary, ShiftInfo.brief(incident.reportedAt), String(incident.followUps), incident.resolved ? "已办结" : "处置中"]
                })))
        }
        tables.append(("汇总", units(reply)))
        return tables
    }

    /// One row per unit (the unit itself, each unit below) and the totals.
    static func units(_ reply: DailyReportReply) -> TextTable {
        let figures: [(String, KeyPath<DailyFiguresInfo, Int>)] = [
            ("班次", \.shifts), ("按时", \.onTime), ("迟到", \.late), ("未签到", \.missed), ("抽查", \.spotChecks), ("抽查未到岗", \.spotChecksMissed),
            ("事件", \.incidents), ("续报", \.followUps), ("新增隐患", \.hazardsFound), ("当日整改", \.hazardsRectified), ("逾期", \.hazardsOverdue),
        ]
        func row(_ name: String, _ values: DailyFiguresInfo, _ filed: String) -> [String] {
            [name] + figures.map { String(values[keyPath: $0.1]) } + [rate(values.rectificationRate), filed]
        }
        return TextTable(
            columns: [.init("单位", wrapsTo: 12)] + figures.map { TextTable.Column($0.0, alignment: .right) }
                + [.init("整改率", alignment: .right), .init("报送")],
            rows: reply.units.map { row(($0.own ? "" : "  ") + $0.unitName, $0.figures, filed($0.filed)) } + [row("合计", reply.totals, "")])
    }

    /// `按时`, `迟到25分钟`, `未签到`, `待签到`.
    static func status(_ shift: DailyShiftInfo) -> String {
        switch shift.status {
        case "on_time": "按时"
        case "late": "迟到\(shift.minutesLate ?? 0)分钟"
        case "missed": "未签到"
        default: "待签到"
        }
    }

    /// A spot check's state in Chinese, when no outcome was recorded.
    static func state(_ state: String) -> String {
        switch state {
        case "confirmed": "已确认在岗"
        case "missed": "未确认（脱岗）"
        default: "待确认"
        }
    }

    /// `已报`, `零报告` or `未报`.
    static func filed(_ filed: String) -> String {
        switch filed {
        case "note": "已报"
        case "zero": "零报告"
        default: "未报"
        }
    }

    /// `67%`, or `-` without hazards.
    static func rate(_ rate: Double?) -> String {
        rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
    }
}
