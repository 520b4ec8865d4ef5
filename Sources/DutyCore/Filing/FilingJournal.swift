/// The journal entries of roster filings (报备).
enum FilingJournal {
    static func entries(_ events: [FilingEvent], configuration: Configuration, clock: WallClock) -> [JournalEntry] {
        events.map { event in
            let unit = event.filing.unit
            let message = "\(configuration.tree[unit]?.name ?? unit) filed its \(event.filing.period) roster (recorded by \(event.actor))"
                + (event.late ? ", after the deadline" : "")
            let fields = [
                "unit": unit, "period": event.filing.period, "item": event.filing.subject.description, "late": event.late ? "yes" : "no",
            ].merging(event.actor.journalFields) { own, _ in own }
            return JournalEntry(.rosterFiled, .notice, message, fields: fields)
        }
    }
}
