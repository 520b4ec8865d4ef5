import Foundation

extension AlertBook {
    /// Passes incident `id` up (上报): its alert climbs one level at once and notifies that level,
    /// which then has its own time to pass it on. Refused when the incident is unknown, resolved,
    /// or already at the top of its ladder.
    public mutating func passUp(
        incident id: String, note: String?, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(AlertCommandError) -> (incident: Incident, alert: Alert, events: [AlertEvent]) {
        let (incident, found) = try openIncident(id)
        var alert = found
        let ladder = EscalationLadder(for: alert, configuration)
        guard alert.level < ladder.top else { throw .nothingAbove(id, level: alert.level) }
        alert.level += 1
        alert.state = .triggered
        alert.acknowledgedBy = nil
        alert.acknowledgedAt = nil
        alert.nextDueAt = now + ladder.timeout(at: alert.level)
        store(alert)
        let event = AlertEvent(
            alertID: alert.id, time: now, actor: actor, action: .passedUp, level: alert.level, note: note,
            recipients: ladder.recipients(at: alert.level, for: alert, tree: configuration.tree))
        return (incident, alert, [event])
    }

    /// Adds a follow-up (续报) to incident `id` and tells everyone already told: the recipients of
    /// every level it has reached. A `written` follow-up is its written report and meets `written_within`.
    public mutating func followUp(
        incident id: String, note: String, written: Bool, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(AlertCommandError) -> (incident: Incident, alert: Alert, events: [AlertEvent]) {
        var (incident, alert) = try openIncident(id)
        guard !note.trimmingSpaces.isEmpty else { throw .emptyNote }
        if written, incident.writtenAt == nil {
            incident.writtenAt = now
            incident.writtenDueAt = nil
            incidents[id] = incident
        }
        let ladder = EscalationLadder(for: alert, configuration)
        var told: [String] = []
        for level in 0...alert.level {
            for person in ladder.recipients(at: level, for: alert, tree: configuration.tree) where !told.contains(person) { told.append(person) }
        }
        let event = AlertEvent(alertID: alert.id, time: now, actor: actor, action: .followedUp, level: alert.level, note: note, recipients: told)
        alert = alerts[alert.id] ?? alert
        return (incident, alert, [event])
    }

    /// The incident and its alert, while the alert is open.
    private func openIncident(_ id: String) throws(AlertCommandError) -> (Incident, Alert) {
        guard let incident = incidents[id] else { throw .incidentNotFound(id) }
        guard let alert = openAlert(kind: .incident, subject: AlertSubject(.incident, id)) else { throw .incidentClosed(id) }
        return (incident, alert)
    }
}
