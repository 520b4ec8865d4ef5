import Foundation

/// Turns alert events into notifications: one per recipient and channel (the journal always
/// included), plus one per channel of the unit whose people the level reaches (a group robot,
/// whose message @-mentions those people by mobile: the field `mentions`, and with `[web]` links
/// to the read-only alert page: the field `item_link`), each with its stable key and its text. (That an alert ended is told by `ResolutionNoticePlanner`.)
public struct NotificationPlanner: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public func notifications(for events: [AlertEvent], book: AlertBook) -> [OutboundNotification] {
        let notifying = events.filter(\.action.notifies)
        guard !notifying.isEmpty else { return [] }
        return notifying.flatMap { event -> [OutboundNotification] in
            guard let alert = book.alerts[event.alertID] else { return [] }
            let toPeople = event.recipients.flatMap { recipient in
                let person = configuration.person(recipient)
                let own = person.map { configuration.channels(for: $0, kind: alert.kind, at: event.time) } ?? []
                let channels = [ChannelDefinition.journalID] + own.filter { $0 != ChannelDefinition.journalID }
                return channels.map { channel in
                    notification(
                        event, alert, recipient: recipient, name: person?.name ?? recipient, phone: person?.phone ?? "", mobile: person?.mobile ?? "", channel: channel)
                }
            }
            guard let unit = EscalationLadder(for: alert, configuration).unit(at: event.level, for: alert, tree: configuration.tree) else { return toPeople }
            let mentions = event.recipients.compactMap { configuration.person($0)?.mobile }.joined(separator: ",")
            return toPeople + unit.channels.map { channel in
                var group = notification(event, alert, recipient: Self.unitRecipient(unit.id), name: unit.name, phone: "", mobile: "", channel: channel)
                group.fields["mentions"] = mentions
                if let web = configuration.web {
                    group.fields[ActionLinkText.itemField] = ActionLinkText.url(publicURL: web.publicURL)
                    group.fields[ActionLinkText.subjectField] = "alert \(alert.id)"
                }
                return group
            }
        }
    }

    /// The recipient recorded for a notification to a unit's own channel (a group robot).
    public static func unitRecipient(_ unitID: String) -> String { "unit:" + unitID }

    private func notification(_ event: AlertEvent, _ alert: Alert, recipient: String, name: String, phone: String, mobile: String, channel: String) -> OutboundNotification {
        var fields = [
            "name": name,
            "phone": phone,
            "mobile": mobile,
            "unit": configuration.tree[alert.unit]?.name ?? alert.unit,
            "kind": ChineseLabels.kind(alert.kind),
            "risk": alert.risk.map { "（\($0.chineseName)）" } ?? "",
            "summary": event.action == .followedUp ? "\(alert.summary)（续报：\(event.note ?? "")）" : alert.summary,
            "level": String(event.level),
            "action": ChineseLabels.action(event.action),
            "elapsed": ChineseLabels.duration(seconds: Int64(saturating: event.time.timeIntervalSince(alert.raisedAt), rounding: .towardZero)),
            "alert": String(alert.id),
            "ack": "dutyctl ack \(alert.id)",
        ]
        var template = configuration.channels.first { $0.id == channel }?.template ?? NotificationTemplate.standard
        if let web = configuration.web, ActionLinkText.applies(channel: channel, recipient: recipient, configuration) {
            fields["ack"] = ActionLinkText.url(publicURL: web.publicURL)
            fields[ActionLinkText.subjectField] = "alert \(alert.id)"
            template = configuration.channels.first { $0.id == channel }?.template ?? NotificationTemplate.standardWithLink
        }
        let due = (event.dueAt ?? event.time).milliseconds
        return OutboundNotification(
            key: "\(alert.id)/\(event.level)/\(due)/\(recipient)/\(channel)", alertID: alert.id, level: event.level, recipient: recipient,
            channel: channel, text: NotificationTemplate.render(template, fields), fields: fields, createdAt: event.time)
    }
}
