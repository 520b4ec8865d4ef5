import DutyCore
import Logging

/// Writes one journal entry per lifecycle transition and reminder of a hazard. Imports are
/// logged once per file (`ledger_imported`), not once per hazard.
struct HazardJournal {
    let configuration: Configuration
    let logger: Logger

    func log(_ events: [HazardEvent], book: HazardBook) {
        for event in events where event.action != .imported && event.action != .changed {
            guard let hazard = book.hazards[event.hazardID] else { continue }
            let unitName = configuration.tree[hazard.unit]?.name ?? hazard.unit
            var message = "hazard \(hazard.id) (\(hazard.risk.rawValue) at \(unitName): \(hazard.summary)) "
            var metadata: Logger.Metadata = [
                "event": "hazard_updated", "item": "\(hazard.subject)", "unit": "\(hazard.unit)", "actor": "\(event.actor)",
                "hazard_action": "\(event.action.rawValue)", "hazard_status": "\(hazard.status.rawValue)",
            ]
            if event.action == .reminded {
                metadata["event"] = "hazard_reminder"
                metadata["recipients"] = "\(event.recipients.joined(separator: ","))"
                let people = event.recipients.map { id in configuration.person(id).map { "\($0.name) (\($0.phone))" } ?? id }
                message += "reminder: \(event.note ?? ""); " + (people.isEmpty ? "nobody is configured to remind" : "remind " + people.joined(separator: ", "))
            } else {
                message += "\(event.action.rawValue) by \(event.actor), now \(hazard.status.rawValue)" + (event.note.map { " — \($0)" } ?? "")
            }
            let level: Logger.Level = event.action == .reminded && event.recipients.isEmpty ? .warning : .notice
            logger.log(level: level, "\(message)", metadata: metadata)
        }
    }
}
