import DutyCore
import DutyProtocol
import Foundation
import GRDB

/// Reads and writes alerts and incidents as rows of the state database.
enum AlertRecords {
    static func alert(from row: Row) throws -> Alert {
        guard let kind = AlertKind(rawValue: row["kind"]), let state = AlertState(rawValue: row["state"]),
            let subject = AlertSubject(row["subject"] as String)
        else {
            throw StateError("alert \(row["id"] as Int64) in the state database has an unknown kind, state or subject")
        }
        return Alert(
            id: row["id"], kind: kind, risk: (row["risk"] as String?).flatMap(RiskLevel.init(rawValue:)), subject: subject,
            unit: row["unit"], summary: row["summary"],
            contacts: SubjectContacts(
                responsible: try ids(row["responsible"]), dutyOfficer: try ids(row["duty_officer"]), leaderOnDuty: try ids(row["leader_on_duty"])),
            state: state, level: row["level"], raisedAt: Date(milliseconds: row["raised_at"]),
            nextDueAt: (row["next_due_at"] as Int64?).map(Date.init(milliseconds:)),
            acknowledgedBy: row["acknowledged_by"], acknowledgedAt: (row["acknowledged_at"] as Int64?).map(Date.init(milliseconds:)),
            resolvedAt: (row["resolved_at"] as Int64?).map(Date.init(milliseconds:)))
    }

    static func save(_ alert: Alert, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO alert (id, kind, risk, subject, unit, summary, responsible, duty_officer, leader_on_duty,
                    state, level, raised_at, next_due_at, acknowledged_by, acknowledged_at, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                alert.id, alert.kind.rawValue, alert.risk?.rawValue, alert.subject.description, alert.unit, alert.summary,
                json(alert.contacts.responsible), json(alert.contacts.dutyOfficer), json(alert.contacts.leaderOnDuty),
                alert.state.rawValue, alert.level, alert.raisedAt.milliseconds, alert.nextDueAt?.milliseconds,
                alert.acknowledgedBy, alert.acknowledgedAt?.milliseconds, alert.resolvedAt?.milliseconds,
            ])
    }

    static func incident(from row: Row) throws -> Incident {
        guard let severity = RiskLevel(rawValue: row["severity"]) else {
            throw StateError("incident \(row["id"] as String) in the state database has an unknown severity")
        }
        let details = IncidentDetails(
            occurredAt: (row["occurred_at"] as Int64?).map(Date.init(milliseconds:)), place: row["place"], category: row["category"],
            casualties: row["casualties"], actionsTaken: row["actions_taken"], reporter: row["reporter"], contactNumber: row["contact_number"])
        return Incident(
            id: row["id"], unit: row["unit"], summary: row["summary"], severity: severity, reportedBy: row["reported_by"],
            reportedAt: Date(milliseconds: row["reported_at"]), details: details,
            writtenDueAt: (row["written_due_at"] as Int64?).map(Date.init(milliseconds:)), writtenAt: (row["written_at"] as Int64?).map(Date.init(milliseconds:)))
    }

    static func save(_ incident: Incident, in db: Database) throws {
        let details = incident.details
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO incident (id, unit, summary, severity, reported_by, reported_at, occurred_at, place, category,
                casualties, actions_taken, reporter, contact_number, written_due_at, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                incident.id, incident.unit, incident.summary, incident.severity.rawValue, incident.reportedBy, incident.reportedAt.milliseconds,
                details.occurredAt?.milliseconds, details.place, details.category, details.casualties, details.actionsTaken, details.reporter,
                details.contactNumber, incident.writtenDueAt?.milliseconds, incident.writtenAt?.milliseconds,
            ])
    }

    /// The ids as a JSON array, the same text `JSONEncoder` writes (history hashes cover it).
    static func json(_ ids: [String]) -> String {
        JSONString.array(ids)
    }

    static func ids(_ text: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }
}

/// The state database holds something this version cannot read.
public struct StateError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
