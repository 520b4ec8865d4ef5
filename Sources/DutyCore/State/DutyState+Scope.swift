extension DutyState {
    /// Whether `command` acts only on units within the subtrees of `roots`: what a scoped
    /// administrator (`[[admins]]`) may do. A command whose alert, shift or hazard does not exist
    /// is let through to be refused for that; importing a ledger or handing in an SMS reply (the
    /// gateway's job) is never within a scope.
    public func permits(_ command: Command, within roots: [String]) -> Bool {
        guard let units = units(touchedBy: command) else { return false }
        return units.filter { configuration.tree[$0] != nil }.allSatisfy { unit in roots.contains { configuration.tree.isWithin(unit, ancestor: $0) } }
    }

    /// The units `command` acts on, or nil when it is not bound to units.
    func units(touchedBy command: Command) -> [String]? {
        switch command {
        case .acknowledge(let id, _, _), .resolve(let id, _, _): alerts.alerts[id].map { [$0.unit] } ?? []
        case .report(let unit, _, _, _, _): [unit]
        case .passUp(let id, _, _), .followUp(let id, _, _, _): alerts.incidents[id].map { [$0.unit] } ?? []
        case .checkIn(let shift, let unit, _, _): shift.map { configuration.roster[$0].map { [$0.unit] } ?? [] } ?? unit.map { [$0] } ?? []
        case .spotCheck(let unit, _, _, _): [unit]
        case .requestSwap(let shift, _, _, _, _): configuration.roster[shift].map { [$0.unit] } ?? []
        case .fileRoster(let unit, _, _): [unit]
        case .decideSwap(let id, _, _, _): swaps.swaps[id].flatMap { configuration.roster[$0.shiftID] }.map { [$0.unit] } ?? []
        case .hazard(let id, _, _): hazards.hazards[id].map { [$0.unit] } ?? []
        case .fileDaily(let unit, _, _, _): [unit]
        case .sendDaily(let unit, _, _, _): unit.map { [$0] }
        case .importLedger, .reply: nil
        }
    }
}
