import DutyCore
import Foundation

/// Commands that change alerts: each applies its change and hands it to the group commit (`commit`). Call on `queue`.
extension Daemon {
    func acknowledge(id: Int64, actor: String, note: String?) -> Result<Alert, AlertCommandError> {
        let now = Date.nowToTheMillisecond()
        return Result { () throws(AlertCommandError) in
            let events = try book.acknowledge(id: id, actor: actor, note: note, now: now, configuration: loaded.configuration)
            return committed(events, alert: id)
        }
    }

    func resolve(id: Int64, actor: String, note: String?) -> Result<Alert, AlertCommandError> {
        let now = Date.nowToTheMillisecond()
        return Result { () throws(AlertCommandError) in
            let events = try book.resolve(id: id, actor: actor, note: note, now: now)
            return committed(events, alert: id)
        }
    }

    func report(unit: String, summary: String, severity: RiskLevel, actor: String) -> Result<(Incident, Alert), AlertCommandError> {
        let now = Date.nowToTheMillisecond()
        return Result { () throws(AlertCommandError) in
            let (incident, alert, events) = try book.report(
                unit: unit, summary: summary, severity: severity, reportedBy: actor, now: now, configuration: loaded.configuration)
            commit(StateChange(alerts: [alert], incidents: [incident], events: events))
            return (incident, alert)
        }
    }

    private func committed(_ events: [AlertEvent], alert id: Int64) -> Alert {
        let alert = book.alerts[id]!
        commit(StateChange(alerts: [alert], events: events))
        return alert
    }
}
