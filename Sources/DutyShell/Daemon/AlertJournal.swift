import DutyCore
import Logging

/// Writes one journal entry per alert transition, naming the unit, the item and who is notified.
struct AlertJournal {
    let configuration: Configuration
    let clock: WallClock
    let logger: Logger

    func log(_ events: [AlertEvent], book: AlertBook) {
        for event in events {
            guard let alert = book.alerts[event.alertID] else { continue }
            let unitName = configuration.tree[alert.unit]?.name ?? alert.unit
            let people = event.recipients.map(describePerson)
            var message = "alert \(alert.id) (\(alert.kind.rawValue) at \(unitName): \(alert.summary)) "
            switch event.action {
            case .raised: message += "raised by \(event.actor) at level 0"
            case .escalated: message += "escalated to level \(event.level)"
            case .renotified: message += "still unacknowledged at the top level \(event.level): notified again"
            case .acknowledged: message += "acknowledged by \(event.actor) at level \(event.level)"
            case .unresolved: message += "not resolved in time after its acknowledgement: climbed to level \(event.level)"
            case .resolved: message += "resolved by \(event.actor)"
            }
            if event.action.notifies {
                message += people.isEmpty ? "; nobody is configured for this level" : "; notify " + people.joined(separator: ", ")
            }
            if let note = event.note, event.action != .raised { message += " — \(note)" }
            var metadata: Logger.Metadata = [
                "event": "alert_\(event.action.rawValue)", "alert": "\(alert.id)", "level": "\(event.level)",
                "unit": "\(alert.unit)", "item": "\(alert.subject)", "kind": "\(alert.kind.rawValue)", "actor": "\(event.actor)",
            ]
            if event.action.notifies { metadata["recipients"] = "\(event.recipients.joined(separator: ","))" }
            if let due = event.dueAt { metadata["due"] = "\(clock.iso8601(due))" }
            let level: Logger.Level = event.action.notifies && people.isEmpty ? .warning : .notice
            logger.log(level: level, "\(message)", metadata: metadata)
        }
    }

    private func describePerson(_ id: String) -> String {
        guard let person = configuration.person(id) else { return id }
        return "\(person.name) (\(person.phone))"
    }
}
