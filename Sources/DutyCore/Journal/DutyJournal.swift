/// The journal entries of shift events: reminders, check-ins and spot checks.
struct DutyJournal {
    let configuration: Configuration
    let clock: WallClock

    func entries(_ events: [DutyEvent]) -> [JournalEntry] {
        events.compactMap { event in
            guard let shift = configuration.roster[event.shiftID] else { return nil }
            let unitName = configuration.tree[shift.unit]?.name ?? shift.unit
            let officer = shift.dutyOfficers.map { "\($0.name) (\($0.phone))" }.joined(separator: ", ")
            let message: String
            let name: JournalEvent
            switch event.action {
            case .reminded:
                name = .shiftReminded
                message = "shift \(shift.id) at \(unitName) starts \(clock.readable(shift.start)): reminded \(officer)"
            case .checkedIn:
                name = .shiftCheckedIn
                message = "shift \(shift.id) at \(unitName): \(officer) checked in (recorded by \(event.actor))"
            case .spotCheckRequested:
                name = .spotCheckRequested
                let asked = event.recipients.map { configuration.person($0)?.name ?? $0 }.joined(separator: ", ")
                message = "spot check \(event.spotCheck ?? 0) of shift \(shift.id) at \(unitName) requested by \(event.actor): \(asked) must confirm by \(clock.readable(event.confirmBy ?? event.time))"
            case .spotCheckRecorded:
                name = .spotCheckRecorded
                message = "spot check \(event.spotCheck ?? 0) of shift \(shift.id) at \(unitName) recorded by \(event.actor): \(event.note ?? "")"
            case .spotCheckConfirmed:
                name = .spotCheckConfirmed
                message = "spot check \(event.spotCheck ?? 0) of shift \(shift.id) at \(unitName): \(officer) confirmed presence (recorded by \(event.actor))"
            }
            var fields = ["unit": shift.unit, "item": "\(AlertSubject(.shift, shift.id))"].merging(event.actor.journalFields) { own, _ in own }
            if event.action.notifies { fields["recipients"] = event.recipients.joined(separator: ",") }
            if let due = event.dueAt { fields["due"] = clock.iso8601(due) }
            if let note = event.note { fields["note"] = note }
            return JournalEntry(name, .notice, message, fields: fields)
        }
    }
}
