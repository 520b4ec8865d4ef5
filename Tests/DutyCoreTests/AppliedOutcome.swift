import DutyCore
import Foundation

/// An engine's outcome with the alert requests it made carried out on an `AlertBook`, as
/// `DutyState` carries them out; reads through to the outcome's own members.
@dynamicMemberLookup
struct Applied<Outcome> {
    var outcome: Outcome
    var alertEvents: [AlertEvent]

    subscript<Value>(dynamicMember path: KeyPath<Outcome, Value>) -> Value { outcome[keyPath: path] }
}

extension DutyBook {
    /// The check, with the alerts it asks for raised in `alerts`.
    mutating func check(now: Date, configuration: Configuration, alerts: inout AlertBook) -> Applied<DutyOutcome> {
        let outcome = check(now: now, configuration: configuration)
        return Applied(outcome: outcome, alertEvents: alerts.apply(outcome.alertRequests, now: now, configuration: configuration))
    }
}

extension HazardBook {
    /// The check, with the alerts it asks for raised in `alerts`.
    mutating func check(now: Date, configuration: Configuration, alerts: inout AlertBook) -> Applied<HazardOutcome> {
        let outcome = check(now: now, configuration: configuration)
        return Applied(outcome: outcome, alertEvents: alerts.apply(outcome.alertRequests, now: now, configuration: configuration))
    }

    mutating func reportRectified(id: String, note: String?, actor: ActorIdentity, now: Date, alerts: inout AlertBook) throws(HazardCommandError) -> Applied<HazardOutcome> {
        Self.ending(try reportRectified(id: id, note: note, actor: actor, now: now), in: &alerts, now: now)
    }

    mutating func verify(id: String, note: String?, actor: ActorIdentity, now: Date, alerts: inout AlertBook) throws(HazardCommandError) -> Applied<HazardOutcome> {
        Self.ending(try verify(id: id, note: note, actor: actor, now: now), in: &alerts, now: now)
    }

    mutating func reopen(id: String, reason: String, actor: ActorIdentity, now: Date, alerts: inout AlertBook) throws(HazardCommandError) -> Applied<HazardOutcome> {
        Self.ending(try reopen(id: id, reason: reason, actor: actor, now: now), in: &alerts, now: now)
    }

    mutating func extend(
        id: String, to deadline: Date, reason: String, approvedBy: String, actor: ActorIdentity, now: Date, clock: WallClock, alerts: inout AlertBook
    ) throws(HazardCommandError) -> Applied<HazardOutcome> {
        Self.ending(try extend(id: id, to: deadline, reason: reason, approvedBy: approvedBy, actor: actor, now: now, clock: clock), in: &alerts, now: now)
    }

    /// A command's outcome with the alerts it ends (commands only end alerts) ended in `alerts`.
    private static func ending(_ outcome: HazardOutcome, in alerts: inout AlertBook, now: Date) -> Applied<HazardOutcome> {
        let events = outcome.alertRequests.flatMap { request -> [AlertEvent] in
            guard case .resolve(let kinds, let subject, let actor, let note) = request else { return [] }
            return alerts.resolveOpen(kinds: kinds, subject: subject, actor: actor, note: note, now: now)
        }
        return Applied(outcome: outcome, alertEvents: events)
    }
}
