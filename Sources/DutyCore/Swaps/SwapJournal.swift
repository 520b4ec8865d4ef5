/// The journal entries of swap events: requested, approved or refused, cancelled by a reload.
struct SwapJournal {
    let configuration: Configuration
    let loadedRoster: Roster

    func entries(_ events: [SwapEvent], book: SwapBook) -> [JournalEntry] {
        events.compactMap { event in
            guard let swap = book.swaps[event.swapID] else { return nil }
            let requester = configuration.person(swap.requester)?.name ?? swap.requester
            let partner = configuration.person(swap.partner)?.name ?? swap.partner
            let unit = (configuration.roster[swap.shiftID] ?? loadedRoster[swap.shiftID])?.unit ?? ""
            let what = "swap \(swap.id) of shift \(swap.shiftID) (\(requester) → \(partner))"
            let name: JournalEvent
            let message: String
            switch event.state {
            case .requested:
                name = .swapRequested
                message = "\(what) requested by \(event.actor)" + (event.note.map { ": \($0)" } ?? "")
            case .approved, .refused:
                name = .swapDecided
                message = "\(what) \(event.state.rawValue) by \(event.actor)" + (event.note.map { ": \($0)" } ?? "")
            case .cancelled:
                name = .swapCancelled
                message = "\(what) cancelled: \(event.note ?? "")"
            }
            var fields = [
                "swap": String(swap.id), "item": "\(AlertSubject(.shift, swap.shiftID))", "unit": unit, "state": event.state.rawValue,
                "requester": swap.requester, "partner": swap.partner, "recipients": event.recipients.joined(separator: ","),
            ].merging(event.actor.journalFields) { own, _ in own }
            if let note = event.note { fields["note"] = note }
            return JournalEntry(name, .notice, message, fields: fields)
        }
    }
}
