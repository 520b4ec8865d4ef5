/// The journal entries of hazard transitions and reminders, and of ledger imports and refusals.
/// An import is one entry per file (`ledger_imported`), not one per hazard.
struct HazardJournal {
    let configuration: Configuration

    func entries(_ events: [HazardEvent], book: HazardBook) -> [JournalEntry] {
        events.compactMap { event in
            guard event.action != .imported, event.action != .changed, let hazard = book.hazards[event.hazardID] else { return nil }
            let unitName = configuration.tree[hazard.unit]?.name ?? hazard.unit
            var message = "hazard \(hazard.id) (\(hazard.risk.rawValue) at \(unitName): \(hazard.summary)) "
            var fields = [
                "item": "\(hazard.subject)", "unit": hazard.unit, "actor": event.actor, "hazard_action": event.action.rawValue,
                "hazard_status": hazard.status.rawValue,
            ]
            var name = JournalEvent.hazardUpdated
            if event.action == .reminded {
                name = .hazardReminder
                fields["recipients"] = event.recipients.joined(separator: ",")
                let people = event.recipients.map { id in configuration.person(id).map { "\($0.name) (\($0.phone))" } ?? id }
                message += "reminder: \(event.note ?? ""); " + (people.isEmpty ? "nobody is configured to remind" : "remind " + people.joined(separator: ", "))
            } else {
                message += "\(event.action.rawValue) by \(event.actor), now \(hazard.status.rawValue)" + (event.note.map { " — \($0)" } ?? "")
            }
            let priority: JournalEntry.Priority = event.action == .reminded && event.recipients.isEmpty ? .warning : .notice
            return JournalEntry(name, priority, message, fields: fields)
        }
    }

    /// The entries of an applied import: what reading the file tidied (notices) and let through
    /// (warnings), then the import.
    static func imported(_ plan: LedgerImportPlan, actor: String) -> [JournalEntry] {
        let fields = ["ledger_file": plan.file, "actor": actor]
        return plan.notices.map { JournalEntry(.ledgerImported, .notice, "\($0)", fields: fields) }
            + plan.warnings.map { JournalEntry(.ledgerImported, .warning, "\($0)", fields: fields) }
            + [
                JournalEntry(
                    .ledgerImported, .notice,
                    "ledger \(plan.file) imported by \(actor): \(plan.added.count) added, \(plan.changed.count) changed, \(plan.unchanged.count) unchanged",
                    fields: fields)
            ]
    }

    /// The entries of a refused ledger: each problem, then the refusal.
    static func rejected(_ file: String, problems: [String], actor: String) -> [JournalEntry] {
        let fields = ["ledger_file": file, "actor": actor]
        return problems.map { JournalEntry(.ledgerRejected, .warning, $0, fields: fields) } + [
            JournalEntry(
                .ledgerRejected, .warning, "ledger \(file) from \(actor) rejected with \(problems.count) problem(s); nothing was changed",
                fields: fields)
        ]
    }
}
