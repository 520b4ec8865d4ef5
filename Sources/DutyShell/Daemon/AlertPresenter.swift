import DutyCore
import DutyProtocol

/// Turns engine values into the control interface's alert and history types.
struct AlertPresenter {
    let configuration: Configuration
    let clock: WallClock
    let book: AlertBook

    func info(_ alert: Alert) -> AlertInfo {
        let ladder = book.ladder(for: alert, configuration)
        let recipients = alert.state == .resolved ? [] : ladder.recipients(at: alert.level, for: alert, tree: configuration.tree)
        return AlertInfo(
            id: alert.id, kind: alert.kind.rawValue, risk: alert.risk?.rawValue, state: alert.state.rawValue, level: alert.level,
            topLevel: ladder.top, unit: alert.unit, unitName: configuration.tree[alert.unit]?.name ?? alert.unit,
            subject: alert.subject.description, summary: alert.summary, raisedAt: clock.iso8601(alert.raisedAt),
            nextEscalationAt: alert.nextDueAt.map(clock.iso8601), acknowledgedBy: alert.acknowledgedBy,
            acknowledgedAt: alert.acknowledgedAt.map(clock.iso8601), resolvedAt: alert.resolvedAt.map(clock.iso8601),
            recipients: recipients.map(recipient))
    }

    func history(_ entries: [HistoryEntry]) -> [HistoryEntryInfo] {
        entries.map { entry in
            HistoryEntryInfo(
                seq: entry.seq, time: clock.iso8601(entry.time), actor: entry.actor, action: entry.action, level: entry.level,
                note: entry.note, recipients: entry.recipients.map { id in configuration.person(id)?.name ?? id },
                dueAt: entry.dueAt.map(clock.iso8601))
        }
    }

    /// A transition as `io.dutyd.Watch` streams it.
    func event(_ event: AlertEvent) -> EventInfo? {
        guard let alert = book.alerts[event.alertID] else { return nil }
        return EventInfo(
            time: clock.iso8601(event.time), alert: info(alert), action: event.action.rawValue, level: event.level, actor: event.actor,
            note: event.note, recipients: event.recipients.map { id in configuration.person(id)?.name ?? id })
    }

    private func recipient(_ id: String) -> RecipientInfo {
        let person = configuration.person(id)
        return RecipientInfo(id: id, name: person?.name ?? id, phone: person?.phone ?? "")
    }
}
