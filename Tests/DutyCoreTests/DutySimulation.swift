import DutyCore
import Foundation

/// Drives a `DutyBook` and an `AlertBook` through time the way the daemon does: a check at every
/// deadline of either, and scripted check-ins, spot checks and acknowledgements at their times.
struct DutySimulation {
    typealias Action = (inout DutySimulation, Date) throws -> Void

    var duty: DutyBook
    var alerts = AlertBook()
    let configuration: Configuration
    /// Every event so far, one line each: `05-01 07:30 reminded dg-sy/2026-05-01T08:00 陈静`.
    private(set) var timeline: [String] = []

    init(configuration: Configuration, start: Date, seed: UInt64 = 1) {
        self.configuration = configuration
        duty = DutyBook(watermark: start, seed: seed)
    }

    mutating func run(until end: Date, script: [(Date, Action)]) throws {
        var pending = script.sorted { $0.0 < $1.0 }
        while true {
            let wake = [alerts.nextDue(), duty.nextDue(configuration: configuration), pending.first?.0].compactMap { $0 }.min()
            guard let now = wake, now <= end else { return }
            let escalations = alerts.check(now: now, configuration: configuration).events
            let outcome = duty.check(now: now, configuration: configuration, alerts: &alerts)
            record(escalations + outcome.alertEvents, outcome.events)
            while let (time, action) = pending.first, time == now {
                pending.removeFirst()
                try action(&self, now)
            }
        }
    }

    static func checkIn(_ shift: String, by actor: ActorIdentity) -> Action {
        { simulation, now in
            let (_, outcome) = try simulation.duty.checkIn(shiftID: shift, unit: nil, person: nil, actor: actor, now: now, configuration: simulation.configuration)
            let ended = simulation.alerts.apply(outcome.alertRequests, now: now, configuration: simulation.configuration)
            simulation.record(ended, outcome.events)
        }
    }

    static func spotCheck(_ unit: String, by actor: ActorIdentity) -> Action {
        { simulation, now in
            let (_, _, outcome) = try simulation.duty.spotCheck(unit: unit, actor: actor, now: now, configuration: simulation.configuration)
            simulation.record([], outcome.events)
        }
    }

    static func acknowledge(_ id: Int64, by actor: ActorIdentity) -> Action {
        { simulation, now in
            simulation.record(try simulation.alerts.acknowledge(id: id, actor: actor, note: nil, now: now, configuration: simulation.configuration), [])
        }
    }

    static func resolve(_ id: Int64, by actor: ActorIdentity) -> Action {
        { simulation, now in simulation.record(try simulation.alerts.resolve(id: id, actor: actor, note: nil, now: now), []) }
    }

    private mutating func record(_ alertEvents: [AlertEvent], _ dutyEvents: [DutyEvent]) {
        for event in dutyEvents {
            let who = event.action.notifies ? names(event.recipients) : "by \(event.actor)"
            let check = event.spotCheck.map { " #\($0)" } ?? ""
            timeline.append("\(SimulationClock.label(event.time)) \(event.action.rawValue)\(check) \(event.shiftID) \(who)")
        }
        for event in alertEvents {
            let who = event.action.notifies ? names(event.recipients) : "by \(event.actor)"
            let told = !event.action.notifies && !event.recipients.isEmpty ? " told \(names(event.recipients))" : ""
            let note = event.action == .resolved ? event.note.map { " (\($0))" } ?? "" : ""
            let kind = alerts.alerts[event.alertID]?.kind.rawValue ?? "?"
            timeline.append("\(SimulationClock.label(event.time)) alert \(event.alertID) \(kind) \(event.action.rawValue) L\(event.level) \(who)\(note)\(told)")
        }
    }

    private func names(_ ids: [String]) -> String {
        let names = ids.map { id in configuration.people.first { $0.id == id }?.name ?? id }
        return names.isEmpty ? "nobody" : names.joined(separator: ",")
    }
}
