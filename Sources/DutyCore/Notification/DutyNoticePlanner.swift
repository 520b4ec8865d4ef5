import Foundation

/// Turns shift reminders and spot-check requests into notices to the duty officer: one per
/// channel (the journal always included), with a stable key, in fixed Chinese text naming the
/// `dutyctl checkin` command, or with `[web]` on the person's own command or email channel their
/// shift link (`ActionLinkText`).
///
/// Notices are not alerts: they carry alert 0 and level 0, and channel templates do not apply.
public struct DutyNoticePlanner: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public func notifications(for events: [DutyEvent]) -> [OutboundNotification] {
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        return events.filter(\.action.notifies).flatMap { event -> [OutboundNotification] in
            guard let shift = configuration.roster[event.shiftID] else { return [] }
            return event.recipients.flatMap { recipient -> [OutboundNotification] in
                let person = configuration.person(recipient)
                let unit = configuration.tree[shift.unit]?.name ?? shift.unit
                let name = person?.name ?? recipient
                let deadline: String
                switch event.action {
                case .reminded: deadline = DutyBook.minute(shift.start + configuration.duty.checkinGrace, clock)
                default: deadline = DutyBook.minute(event.confirmBy ?? event.time + configuration.duty.spotCheckWindow, clock)
                }
                let phone = shift.dutyOfficers.first { $0.id == recipient }?.phone ?? shift.dutyOfficer.phone
                let fields = ["name": name, "phone": phone, "unit": unit, "shift": shift.id, "action": event.action.rawValue]
                let own = person.map { configuration.channels(for: $0, kind: nil, at: event.time) } ?? []
                let channels = [ChannelDefinition.journalID] + own.filter { $0 != ChannelDefinition.journalID }
                return channels.map { channel in
                    var notice = fields
                    let how: String
                    if let web = configuration.web, ActionLinkText.applies(channel: channel, recipient: recipient, configuration) {
                        how = ActionLinkText.url(publicURL: web.publicURL)
                        notice["ack"] = how
                        notice[ActionLinkText.subjectField] = "shift \(shift.id)"
                    } else {
                        how = event.action == .reminded ? "dutyctl checkin \(shift.id)" : "dutyctl checkin \(shift.id) --person \(recipient)"
                    }
                    let text = event.action == .reminded
                        ? "【dutyd·值班提醒】\(name)：您在\(unit)的值班（\(DutyBook.minute(shift.start, clock))至\(DutyBook.minute(shift.end, clock))）即将开始，请于\(deadline)前签到：\(how)"
                        : "【dutyd·值班抽查】\(name)：\(unit)值班抽查，请于\(deadline)前用值班电话回电或\(notice["ack"] == nil ? "执行以下命令" : "打开链接")确认在岗：\(how)"
                    return OutboundNotification(
                        key: "shift/\(shift.id)/\(event.action.rawValue)/\(event.spotCheck ?? 0)/\(recipient)/\(channel)", alertID: 0, level: 0,
                        recipient: recipient, channel: channel, text: text, fields: notice, createdAt: event.time)
                }
            }
        }
    }
}
