/// The journal entries of alert transitions: one per event, naming the unit, the item and who is notified.
struct AlertJournal {
    let configuration: Configuration
    let clock: WallClock

    func entries(_ events: [AlertEvent], book: AlertBook) -> [JournalEntry] {
        events.compactMap { event in
            guard let alert = book.alerts[event.alertID] else { return nil }
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
            case .updated: message += "updated at level \(event.level): \(event.note ?? "")"
            case .passedUp: message += "passed up by \(event.actor) to level \(event.level)"
            case .followedUp: message += "followed up by \(event.actor)"
            case .held: message += "due at level \(event.level) inside a quiet window: waits"
            }
            if event.action.notifies {
                message += people.isEmpty ? "; nobody is configured for this level" : "; notify " + people.joined(separator: ", ")
            }
            if let note = event.note, event.action != .raised { message += " — \(note)" }
            var fields = [
                "alert": "\(alert.id)", "level": "\(event.level)", "unit": alert.unit, "item": "\(alert.subject)",
                "kind": alert.kind.rawValue,
            ].merging(event.actor.journalFields) { own, _ in own }
            if event.action.notifies { fields["recipients"] = event.recipients.joined(separator: ",") }
            if let due = event.dueAt { fields["due"] = clock.iso8601(due) }
            let priority: JournalEntry.Priority = event.action.notifies && people.isEmpty ? .warning : .notice
            return JournalEntry(Self.event(of: event.action), priority, message, fields: fields)
        }
    }

    /// The journal event of an alert action.
    static func event(of action: AlertAction) -> JournalEvent {
        switch action {
        case .raised: .alertRaised
        case .escalated: .alertEscalated
        case .renotified: .alertRenotified
        case .acknowledged: .alertAcknowledged
        case .unresolved: .alertUnresolved
        case .resolved: .alertResolved
        case .updated: .alertUpdated
        case .passedUp: .incidentPassedUp
        case .followedUp: .incidentFollowedUp
        case .held: .alertHeld
        }
    }

    private func describePerson(_ id: String) -> String {
        guard let person = configuration.person(id) else { return id }
        return "\(person.name) (\(person.phone))"
    }
}
