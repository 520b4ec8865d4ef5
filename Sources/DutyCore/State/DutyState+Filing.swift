import Foundation

extension DutyState {
    /// Records a unit's roster filing (报备); a late one ends its `roster_not_filed` alert. Filing again changes nothing.
    mutating func fileRoster(unit: String, period: String?, actor: ActorIdentity, now: Date) throws(CommandError) -> (StateChange, CommandReply, [JournalEntry]) {
        let filed: (filing: RosterFiling, event: FilingEvent?, alertRequests: [AlertRequest])
        do throws(FilingCommandError) {
            filed = try filings.file(unit: unit, period: period, actor: actor, now: now, configuration: configuration)
        } catch {
            throw .filing(error)
        }
        guard let event = filed.event else { return (StateChange(), .filing(filed.filing), []) }
        let events = alerts.apply(filed.alertRequests, now: now, configuration: configuration)
        var change = StateChange(alerts: events.compactMap { alerts.alerts[$0.alertID] }, events: events)
        change.filings = [filed.filing]
        change.filingEvents = [event]
        return (change, .filing(filed.filing), [])
    }
}
