import Foundation

/// Turns hazard reminders into notifications for each recipient's own channels, in a fixed
/// Chinese text (channel templates are for alerts) naming `dutyctl hazard show`, or with `[web]`
/// on a command or email channel the person's hazard link (`ActionLinkText`). The journal's copy is the `hazard_reminder`
/// entry itself, so the journal channel is left out here.
public struct ReminderPlanner: Sendable {
    public let configuration: Configuration

    /// The reminder text; `{elapsed}` is the time left.
    public static let template = "【dutyd·整改提醒】{name}：{unit}隐患{risk}——{summary}，还剩{elapsed}。详情：{ack}"

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// One notification per recipient and channel of each `reminded` event.
    public func notifications(for events: [HazardEvent], book: HazardBook) -> [OutboundNotification] {
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        return events.filter { $0.action == .reminded }.flatMap { event -> [OutboundNotification] in
            guard let hazard = book.hazards[event.hazardID] else { return [] }
            return event.recipients.flatMap { recipient -> [OutboundNotification] in
                guard let person = configuration.person(recipient) else { return [] }
                let fields = [
                    "name": person.name,
                    "phone": person.phone,
                    "mobile": person.mobile ?? "",
                    "unit": configuration.tree[hazard.unit]?.name ?? hazard.unit,
                    "kind": "隐患整改期限提醒",
                    "risk": "（\(hazard.risk.chineseName)）",
                    "summary": "\(hazard.summary)，整改时限 \(clock.readable(hazard.deadline))",
                    "level": "0",
                    "action": "整改期限将至",
                    "elapsed": ChineseLabels.duration(seconds: max(0, Int64(saturating: hazard.deadline.timeIntervalSince(event.time), rounding: .towardZero))),
                    "alert": hazard.id,
                    "ack": "dutyctl hazard show \(hazard.id)",
                ]
                let due = event.time.milliseconds
                return configuration.channels(for: person, kind: nil, at: event.time).filter { $0 != ChannelDefinition.journalID }.map { channel in
                    var fields = fields
                    if let web = configuration.web, ActionLinkText.applies(channel: channel, recipient: recipient, configuration) {
                        fields["ack"] = ActionLinkText.url(publicURL: web.publicURL)
                        fields[ActionLinkText.subjectField] = "hazard \(hazard.id)"
                    }
                    return OutboundNotification(
                        key: "hazard/\(hazard.id)/reminder/\(due)/\(recipient)/\(channel)", alertID: 0, level: 0, recipient: recipient,
                        channel: channel, text: NotificationTemplate.render(Self.template, fields), fields: fields, createdAt: event.time)
                }
            }
        }
    }
}
