/// Who a hazard's alerts and reminders reach first.
struct HazardContacts {
    let configuration: Configuration
    /// The responsible person (整改责任人) matched by id or name, preferring people of the hazard's
    /// unit; when the ledger names nobody configured, the unit's safety officers.
    func responsible(for hazard: Hazard) -> [String] {
        let matches = configuration.people(matching: hazard.entry.responsible)
        let local = matches.filter { $0.unit == hazard.unit }
        let chosen = (local.isEmpty ? matches : local).map(\.id)
        return chosen.isEmpty ? configuration.tree[hazard.unit]?.contacts[.safety] ?? [] : chosen
    }

    /// The verifying level: the safety officers of the unit above (the unit's own head at the top of the tree).
    func verifiers(for hazard: Hazard) -> [String] {
        if let parent = configuration.tree.ancestor(of: hazard.unit, steps: 1) {
            return parent.contacts[.safety] ?? []
        }
        return configuration.tree[hazard.unit]?.contacts[.head] ?? []
    }
}
