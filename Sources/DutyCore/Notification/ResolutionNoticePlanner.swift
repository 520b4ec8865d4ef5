import Foundation

/// Tells everyone who was notified about an alert, once, that it ended: one notice per recipient
/// and channel it was told through, naming who resolved it and why, in fixed Chinese text
/// (channel templates are for alerts), with a `resolution_noticed` journal entry per alert.
public struct ResolutionNoticePlanner: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The notices of the `resolved` events among `events`, taking each alert's pairs from `audience`.
    public func notices(
        for events: [AlertEvent], alerts: AlertBook, hazards: HazardBook, audience: inout NoticeAudience
    ) -> (notifications: [OutboundNotification], journal: [JournalEntry]) {
        var notifications: [OutboundNotification] = []
        var journal: [JournalEntry] = []
        for event in events where event.action == .resolved {
            let pairs = audience.take(event.alertID)
            guard !pairs.isEmpty, let alert = alerts.alerts[event.alertID] else { continue }
            let note = note(event, alert, hazards: hazards)
            let told = pairs.map { pair in notice(event, alert, pair, note: note) }
            notifications += told
            journal.append(entry(event, alert, told))
        }
        return (notifications, journal)
    }

    /// Who resolved it, as a bureau user reads it: `吴婷`, `root（代吴婷）`, `root`, or `系统自动`.
    public static func resolver(_ actor: ActorIdentity) -> String {
        switch (actor.via, actor.person) {
        case (.daemon, _): "系统自动"
        case (.dutyctl, let person?): "\(actor.account ?? "")（代\(person.name)）"
        case (.dutyctl, nil): actor.account ?? ""
        case (_, let person?): person.name
        case (_, nil): actor.account ?? ""
        }
    }

    /// The hazard's status for hazard alerts (they end by its lifecycle), else the resolver's note.
    private func note(_ event: AlertEvent, _ alert: Alert, hazards: HazardBook) -> String {
        if alert.subject.kind == .hazard, let hazard = hazards.hazards[alert.subject.id] { return "隐患\(hazard.id)：\(hazard.status.chineseName)" }
        guard let note = event.note?.trimmingSpaces, !note.isEmpty else { return "" }
        return "说明：\(note)"
    }

    private func notice(_ event: AlertEvent, _ alert: Alert, _ pair: NoticeAudience.Pair, note: String) -> OutboundNotification {
        let person = configuration.person(pair.recipient)
        let unitName = configuration.tree[alert.unit]?.name ?? alert.unit
        let groupName = pair.recipient.hasPrefix("unit:") ? configuration.tree[String(pair.recipient.dropFirst(5))]?.name : nil
        let fields = [
            "name": person?.name ?? groupName ?? pair.recipient,
            "phone": person?.phone ?? "",
            "mobile": person?.mobile ?? "",
            "unit": unitName,
            "kind": ChineseLabels.kind(alert.kind),
            "risk": alert.risk.map { "（\($0.chineseName)）" } ?? "",
            "summary": alert.summary,
            "level": String(alert.level),
            "action": "已由\(Self.resolver(event.actor))办结",
            "note": note,
            "alert": String(alert.id),
            "resolved_by": event.actor.description,
        ]
        return OutboundNotification(
            key: "\(alert.id)/resolved/\(pair.recipient)/\(pair.channel)", alertID: alert.id, level: alert.level, recipient: pair.recipient,
            channel: pair.channel, text: Self.render(fields), fields: fields, createdAt: event.time)
    }

    /// The notice's text: `【dutyd·已办结】name：unit kind risk——summary，已由 who 办结。note`.
    static func render(_ fields: [String: String]) -> String {
        let field = { (key: String) in fields[key] ?? "" }
        return "【dutyd·已办结】\(field("name"))：\(field("unit"))\(field("kind"))\(field("risk"))——\(field("summary"))，\(field("action"))。\(field("note"))"
    }

    private func entry(_ event: AlertEvent, _ alert: Alert, _ told: [OutboundNotification]) -> JournalEntry {
        let pairs = told.map { "\($0.recipient) \($0.channel)" }
        var fields = ["alert": String(alert.id), "unit": alert.unit, "item": "\(alert.subject)", "recipients": pairs.joined(separator: ",")]
        fields.merge(event.actor.journalFields) { own, _ in own }
        return JournalEntry(
            .resolutionNoticed, .info, "alert \(alert.id) resolved by \(event.actor): telling the \(told.count) recipients it was sent to (\(pairs.joined(separator: ", ")))",
            fields: fields)
    }
}
