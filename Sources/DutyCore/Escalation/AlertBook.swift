import Foundation
import HashTreeCollections

/// Every alert and incident, with the due-time index: the pure escalation engine.
///
/// Each operation takes `now` and the configuration, changes the book and returns the events
/// it caused, in order. It reads no clock and does no I/O: the same book, inputs and times
/// always give the same events.
public struct AlertBook: Sendable {
    /// A persistent hash tree, not a `Dictionary`: the engine changes one alert while the web pages
    /// still hold the book they read, and a `Dictionary` would then copy every alert on each
    /// change (perf: half of dutyd's CPU under the 确认收到 bench with 7,800 alerts); the tree
    /// copies only the path to the alert changed. `incidents` likewise.
    public private(set) var alerts: TreeDictionary<Int64, Alert> = [:]
    public internal(set) var incidents: TreeDictionary<String, Incident> = [:]
    /// Alerts not yet resolved.
    public private(set) var openCount = 0
    private var dueIndex = DueIndex()
    private var openBySubject: [String: Int64] = [:]
    private var lastAlertID: Int64 = 0
    private var lastIncidentNumber = 0

    /// A book holding `alerts` and `incidents` as loaded from the state database.
    public init(alerts: [Alert] = [], incidents: [Incident] = []) {
        for alert in alerts {
            store(alert)
            lastAlertID = max(lastAlertID, alert.id)
            if alert.state != .resolved { openBySubject[Self.subjectKey(alert.kind, alert.subject)] = alert.id }
        }
        for incident in incidents {
            self.incidents[incident.id] = incident
            lastIncidentNumber = max(lastIncidentNumber, Int(incident.id.dropFirst()) ?? 0)
            if let due = incident.writtenDueAt, let id = openBySubject[Self.subjectKey(.incident, AlertSubject(.incident, incident.id))] {
                dueIndex.insert(id, due: due)
            }
        }
    }

    /// Raises an alert at level 0, or returns the open alert of the same kind for the same subject unchanged.
    public mutating func raise(
        kind: AlertKind, risk: RiskLevel?, subject: AlertSubject, unit: String, summary: String, contacts: SubjectContacts,
        now: Date, configuration: Configuration
    ) -> (alert: Alert, events: [AlertEvent]) {
        let key = Self.subjectKey(kind, subject)
        if let existing = openBySubject[key].flatMap({ alerts[$0] }) { return (existing, []) }
        lastAlertID += 1
        var alert = Alert(
            id: lastAlertID, kind: kind, risk: risk, subject: subject, unit: unit, summary: summary, contacts: contacts,
            raisedAt: now, nextDueAt: nil)
        let ladder = EscalationLadder(for: alert, configuration)
        alert.nextDueAt = now + ladder.timeout(at: 0)
        store(alert)
        openBySubject[key] = alert.id
        let event = AlertEvent(
            alertID: alert.id, time: now, actor: ActorIdentity.daemon, action: .raised, level: 0,
            note: summary, recipients: ladder.recipients(at: 0, for: alert, tree: configuration.tree))
        return (alert, [event])
    }

    /// Records an incident reported by `unit` with its `details` and raises its alert; level 0 is the
    /// unit's duty office. A policy's `written_within` sets when its written report falls due.
    public mutating func report(
        unit: String, summary: String, severity: RiskLevel, details: IncidentDetails = IncidentDetails(), reportedBy: ActorIdentity, now: Date,
        configuration: Configuration
    ) throws(AlertCommandError) -> (incident: Incident, alert: Alert, events: [AlertEvent]) {
        guard let reporting = configuration.tree[unit] else { throw .unknownUnit(unit) }
        guard !summary.trimmingSpaces.isEmpty else { throw .emptySummary }
        lastIncidentNumber += 1
        let written = configuration.policies.policy(for: .incident, risk: severity)?.reporting.writtenWithin
        let incident = Incident(
            id: "I\(lastIncidentNumber)", unit: unit, summary: summary, severity: severity, reportedBy: reportedBy, reportedAt: now,
            details: details, writtenDueAt: written.map { now + $0 })
        incidents[incident.id] = incident
        let (alert, events) = raise(
            kind: .incident, risk: severity, subject: AlertSubject(.incident, incident.id), unit: unit, summary: summary,
            contacts: SubjectContacts(responsible: reporting.contacts[.dutyOffice] ?? []), now: now, configuration: configuration)
        if let due = incident.writtenDueAt { dueIndex.insert(alert.id, due: due) }
        return (incident, alert, events.map { event in
            var reported = event
            reported.actor = reportedBy
            return reported
        })
    }

    /// Records who acknowledged the alert; it stops climbing until its resolve-by deadline. An
    /// incident under a `mandatory_upward` policy below the top of its ladder is only recorded as
    /// acknowledged and keeps climbing until its level passes it up.
    public mutating func acknowledge(id: Int64, actor: ActorIdentity, note: String?, now: Date, configuration: Configuration) throws(AlertCommandError) -> [AlertEvent] {
        guard var alert = alerts[id] else { throw .notFound(id) }
        switch alert.state {
        case .resolved: throw .alreadyResolved(id)
        case .acknowledged: throw .alreadyAcknowledged(id, by: alert.acknowledgedBy, at: alert.acknowledgedAt ?? now)
        case .triggered: break
        }
        let ladder = EscalationLadder(for: alert, configuration)
        if alert.kind == .incident, ladder.policy.reporting.mandatoryUpward, alert.level < ladder.top {
            let still = "still climbs: this incident must be passed up (dutyctl report pass-up \(alert.subject.id))"
            return [AlertEvent(alertID: id, time: now, actor: actor, action: .acknowledged, level: alert.level, note: note.map { "\($0) — \(still)" } ?? still)]
        }
        alert.state = .acknowledged
        alert.acknowledgedBy = actor
        alert.acknowledgedAt = now
        alert.nextDueAt = now + ladder.policy.resolveWithin
        store(alert)
        return [AlertEvent(alertID: id, time: now, actor: actor, action: .acknowledged, level: alert.level, note: note)]
    }

    /// Ends the alert.
    public mutating func resolve(id: Int64, actor: ActorIdentity, note: String?, now: Date) throws(AlertCommandError) -> [AlertEvent] {
        guard var alert = alerts[id] else { throw .notFound(id) }
        guard alert.state != .resolved else { throw .alreadyResolved(id) }
        alert.state = .resolved
        alert.resolvedAt = now
        alert.nextDueAt = nil
        store(alert)
        openBySubject[Self.subjectKey(alert.kind, alert.subject)] = nil
        return [AlertEvent(alertID: id, time: now, actor: actor, action: .resolved, level: alert.level, note: note)]
    }

    /// Adds `note` to the open alert's summary and tells its current level.
    mutating func update(_ id: Int64, note: String, now: Date, configuration: Configuration) -> [AlertEvent] {
        guard var alert = alerts[id], alert.state != .resolved else { return [] }
        alert.summary += "；" + note
        store(alert)
        let recipients = EscalationLadder(for: alert, configuration).recipients(at: alert.level, for: alert, tree: configuration.tree)
        return [AlertEvent(alertID: id, time: now, actor: ActorIdentity.daemon, action: .updated, level: alert.level, note: note, recipients: recipients)]
    }

    /// Handles everything due at or before `now`, earliest first; touches only due entries.
    public mutating func check(now: Date, configuration: Configuration) -> CheckOutcome {
        var outcome = CheckOutcome()
        while let entry = dueIndex.popDue(at: now) {
            outcome.examined += 1
            guard var alert = alerts[entry.alertID] else { continue }
            if alert.nextDueAt == entry.due {
                outcome.events.append(hold(&alert, due: entry.due, now: now, configuration: configuration) ?? step(&alert, due: entry.due, now: now, configuration: configuration))
            } else if var incident = incidentDue(alert), incident.writtenDueAt == entry.due {
                incident.writtenDueAt = nil
                incidents[incident.id] = incident
                outcome.incidents.append(incident)
                outcome.events.append(step(&alert, due: entry.due, now: now, configuration: configuration, writtenMissed: true))
            } else {
                continue
            }
            store(alert)
        }
        return outcome
    }

    /// After the wall clock stepped back to `now`: brings forward every open alert that would
    /// wait longer than its current step allows from `now` (its timeout, the repeat at the top,
    /// or the resolve-by time once acknowledged), so that a time set by a clock that was ahead
    /// does not put its next transition off until then. Touches the open alerts only; returns
    /// those changed.
    @discardableResult
    public mutating func clockSteppedBack(to now: Date, configuration: Configuration) -> [Alert] {
        var changed: [Alert] = []
        for id in openBySubject.values.sorted() {
            guard var alert = alerts[id], let due = alert.nextDueAt else { continue }
            let ladder = EscalationLadder(for: alert, configuration)
            let wait = alert.state == .acknowledged ? ladder.policy.resolveWithin
                : alert.level < ladder.top ? ladder.timeout(at: alert.level) : max(ladder.timeout(at: alert.level), ladder.policy.repeatInterval)
            guard due > now + wait else { continue }
            alert.nextDueAt = now + wait
            store(alert)
            changed.append(alert)
        }
        return changed
    }

    /// When the next alert falls due, if any; drops stale index entries on the way.
    public mutating func nextDue() -> Date? {
        while let entry = dueIndex.earliest {
            if let alert = alerts[entry.alertID], alert.nextDueAt == entry.due || incidentDue(alert)?.writtenDueAt == entry.due { return entry.due }
            dueIndex.dropEarliest()
        }
        return nil
    }

    /// The open alert of `kind` about `subject`, if any.
    public func openAlert(kind: AlertKind, subject: AlertSubject) -> Alert? {
        openBySubject[Self.subjectKey(kind, subject)].flatMap { alerts[$0] }
    }

    /// Alerts matching `filter`, newest first.
    public func alerts(matching filter: AlertFilter, tree: OrgTree) -> [Alert] {
        // Sorts the keys, not the alerts, which would be copied and moved whole.
        var keys: [(raisedAt: Date, id: Int64)] = []
        for alert in alerts.values where filter.matches(alert, tree: tree) { keys.append((alert.raisedAt, alert.id)) }
        keys.sort { ($0.raisedAt, $0.id) > ($1.raisedAt, $1.id) }
        return keys.map { alerts[$0.id]! }
    }

    /// Moves a transition that fell due inside a quiet window of the alert's unit (or a unit
    /// above it) to the window's end; incidents never wait.
    private func hold(_ alert: inout Alert, due: Date, now: Date, configuration: Configuration) -> AlertEvent? {
        guard alert.kind != .incident, let (window, end) = configuration.quietEnd(unit: alert.unit, at: now) else { return nil }
        alert.nextDueAt = end
        let until = WallClock(zoneIdentifier: configuration.daemon.timeZone).iso8601(end)
        return AlertEvent(
            alertID: alert.id, time: now, actor: ActorIdentity.daemon, action: .held, level: alert.level,
            note: "held by the quiet window \"\(window.name)\" of \(window.unit) until \(until)", dueAt: due)
    }

    /// The open incident alert's incident while its written report is still awaited.
    private func incidentDue(_ alert: Alert) -> Incident? {
        guard alert.kind == .incident, alert.state != .resolved, let incident = incidents[alert.subject.id], incident.writtenDueAt != nil else { return nil }
        return incident
    }

    /// One due transition: climb a level, re-notify at the top, or climb again after an unresolved
    /// acknowledgement; `writtenMissed` when an incident's written report was not filed in time.
    func step(_ alert: inout Alert, due: Date, now: Date, configuration: Configuration, writtenMissed: Bool = false) -> AlertEvent {
        let ladder = EscalationLadder(for: alert, configuration)
        let wasAcknowledged = alert.state == .acknowledged
        let climbs = alert.level < ladder.top
        if climbs { alert.level += 1 }
        alert.level = min(alert.level, ladder.top)
        alert.state = .triggered
        alert.acknowledgedBy = nil
        alert.acknowledgedAt = nil
        let wait = climbs ? ladder.timeout(at: alert.level) : ladder.policy.repeatInterval
        let base = writtenMissed ? now : due
        alert.nextDueAt = base + wait > now ? base + wait : now + wait
        let action: AlertAction = wasAcknowledged && !writtenMissed ? .unresolved : (climbs ? .escalated : .renotified)
        let reporting = ladder.policy.reporting
        let note: String? = if writtenMissed, let written = reporting.writtenWithin {
            "no written report within \(DurationSyntax.format(written)) of the report"
        } else if wasAcknowledged {
            "not resolved within \(DurationSyntax.format(ladder.policy.resolveWithin)) of the acknowledgement"
        } else if climbs, let phone = reporting.phoneWithin, alert.kind == .incident {
            "not passed up by phone within \(DurationSyntax.format(phone))"
        } else {
            nil
        }
        return AlertEvent(
            alertID: alert.id, time: now, actor: ActorIdentity.daemon, action: action, level: alert.level, note: note,
            recipients: ladder.recipients(at: alert.level, for: alert, tree: configuration.tree), dueAt: due)
    }

    mutating func store(_ alert: Alert) {
        let previous = alerts[alert.id]
        let previousDue = previous?.nextDueAt
        openCount += (alert.state != .resolved ? 1 : 0) - (previous.map { $0.state != .resolved ? 1 : 0 } ?? 0)
        alerts[alert.id] = alert
        if let due = alert.nextDueAt, due != previousDue { dueIndex.insert(alert.id, due: due) }
    }

    private static func subjectKey(_ kind: AlertKind, _ subject: AlertSubject) -> String {
        "\(kind.rawValue)/\(subject)"
    }
}

/// What one check did.
public struct CheckOutcome: Sendable, Equatable {
    /// Transitions, in the order they were handled.
    public var events: [AlertEvent] = []
    /// Index entries looked at: what was due, plus stale entries; never the items not yet due.
    public var examined = 0
    /// Incidents whose written report fell due unfiled.
    public var incidents: [Incident] = []

    public init() {}
}
