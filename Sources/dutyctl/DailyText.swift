import DutyProtocol
import DutyTerminal

/// How `dutyctl daily` shows a report: Chinese tables of shifts, spot checks, incidents and units.
enum DailyText {
    /// The report's tables, each under its heading; empty sections are left out, the units' table never.
    static func tables(_ reply: DailyReportReply) -> [(title: String, table: TextTable)] {
        sections(reply).map { section in
            let counts = section.title == "汇总" ? 1..<(section.header.count - 2) : 0..<0
            let columns = section.header.enumerated().map { index, name in
                TextTable.Column(name, alignment: counts.contains(index) ? .right : .left, wrapsTo: index == 0 || name == "备注" ? 16 : nil)
            }
            return (section.title, TextTable(columns: columns, rows: section.rows))
        }
    }

    /// The report's sections as headings, column names and rows, for the terminal and the HTML page.
    static func sections(_ reply: DailyReportReply) -> [(title: String, header: [String], rows: [[String]])] {
        var sections: [(title: String, header: [String], rows: [[String]])] = []
        if !reply.shifts.isEmpty {
            sections.append(("值班情况", ["班次", "值班人员", "带班领导", "签到"], reply.shifts.map { shift in
                [ShiftInfo.brief(shift.start) + "—" + ShiftInfo.brief(shift.end), shift.dutyOfficers, shift.leaderOnDuty ?? "-", shift.statusText]
            }))
        }
        if !reply.spotChecks.isEmpty {
            sections.append(("抽查情况", ["时间", "对象", "结果"], reply.spotChecks.map { [ShiftInfo.brief($0.requestedAt), $0.names, $0.foundText] }))
        }
        if !reply.incidents.isEmpty {
            sections.append(("突发事件", ["编号", "事件", "报告时间", "续报", "状态"], reply.incidents.map { incident in
                [incident.id, incident.summary, ShiftInfo.brief(incident.reportedAt), String(incident.followUps), incident.stateText]
            }))
        }
        sections.append(("汇总", DailyReportReply.summaryHeader, reply.summaryRows(indent: true)))
        return sections
    }
}
