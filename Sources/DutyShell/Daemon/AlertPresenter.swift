import DutyCore
import DutyProtocol
import Foundation

/// Turns engine values into the control interface's alert and history types.
struct AlertPresenter {
    let configuration: Configuration
    let clock: WallClock

    func info(_ alert: Alert) -> AlertInfo {
        info(alert, at: place(of: alert), time: clock.iso8601)
    }

    /// What presenting an alert takes from its policy and unit: the same for every alert of
    /// one kind and risk at one unit.
    struct Place: Sendable {
        let ladder: EscalationLadder
        let unitName: String
    }

    func place(of alert: Alert) -> Place {
        Place(ladder: EscalationLadder(for: alert, configuration), unitName: configuration.tree[alert.unit]?.name ?? alert.unit)
    }

    /// The alert at `place`, with its instants written by `time` (which may share one text among alerts).
    func info(_ alert: Alert, at place: Place, time: (Date) -> String) -> AlertInfo {
        let ladder = place.ladder
        let recipients = alert.state == .resolved ? [] : ladder.recipients(at: alert.level, for: alert, tree: configuration.tree)
        return AlertInfo(
            id: alert.id, kind: alert.kind.rawValue, risk: alert.risk?.rawValue, state: alert.state.rawValue, level: alert.level,
            topLevel: ladder.top, unit: alert.unit, unitName: place.unitName,
            subject: alert.subject.description, summary: alert.summary, raisedAt: time(alert.raisedAt),
            nextEscalationAt: alert.nextDueAt.map(time), acknowledgedBy: alert.acknowledgedBy?.description,
            acknowledgedAt: alert.acknowledgedAt.map(time), resolvedAt: alert.resolvedAt.map(time),
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
    func event(_ event: AlertEvent, of alert: Alert) -> EventInfo {
        EventInfo(
            time: clock.iso8601(event.time), alert: info(alert), action: event.action.rawValue, level: event.level, actor: event.actor.description,
            note: event.note, recipients: event.recipients.map { id in configuration.person(id)?.name ?? id })
    }

    private func recipient(_ id: String) -> RecipientInfo {
        let person = configuration.person(id)
        return RecipientInfo(id: id, name: person?.name ?? id, phone: person?.phone ?? "")
    }
}
