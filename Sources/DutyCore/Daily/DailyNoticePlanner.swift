import Foundation

/// Plans the notices that take units' daily reports to the level above: one per duty-office
/// contact of the parent unit (its head when it has none) and channel, the journal always
/// included, in short Chinese text. Notices are not alerts: alert 0, level 0.
public struct DailyNoticePlanner: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The notices of `reports` sent at `now`; a report of a unit without a parent goes nowhere.
    public func notifications(for reports: [DailyReport], now: Date) -> [OutboundNotification] {
        reports.flatMap { report -> [OutboundNotification] in
            guard let parentID = report.unit.parent, let parent = configuration.tree[parentID] else { return [] }
            let recipients = parent.contacts[.dutyOffice].flatMap { $0.isEmpty ? nil : $0 } ?? parent.contacts[.head] ?? []
            let text = Self.text(report)
            let fields = ["unit": report.unit.name, "to_unit": parent.name, "date": report.date.description, "action": "daily_report"]
            return recipients.flatMap { recipient -> [OutboundNotification] in
                let own = configuration.person(recipient).map { configuration.channels(for: $0, kind: nil, at: now) } ?? []
                return ([ChannelDefinition.journalID] + own.filter { $0 != ChannelDefinition.journalID }).map { channel in
                    OutboundNotification(
                        key: "daily/\(DailyBook.key(report.unit.id, report.date))/\(now.milliseconds)/\(recipient)/\(channel)", alertID: 0, level: 0,
                        recipient: recipient, channel: channel, text: text, fields: fields, createdAt: now)
                }
            }
        }
    }

    /// `【dutyd·值班日报】东港区实验小学 10-01（国庆节）：班次2（按时1，迟到1，未签到0）…`, the totals of the report.
    public static func text(_ report: DailyReport) -> String {
        let totals = report.totals
        let rate = totals.rectificationRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "无"
        let filed = report.filing.map { $0.note.map { "备注：\($0)" } ?? "零报告" } ?? "未报送备注"
        let date = "\(LocalDate.two(report.date.month))-\(LocalDate.two(report.date.day))"
        return "【dutyd·值班日报】\(report.unit.name) \(date)（\(report.period)）：班次\(totals.shifts)（按时\(totals.onTime)，迟到\(totals.late)，未签到\(totals.missed)），"
            + "抽查\(totals.spotChecks)（未到岗\(totals.spotChecksMissed)），事件\(totals.incidents)，续报\(totals.followUps)，"
            + "隐患新增\(totals.hazardsFound)、整改\(totals.hazardsRectified)、逾期\(totals.hazardsOverdue)，整改率\(rate)；\(filed)"
    }
}
