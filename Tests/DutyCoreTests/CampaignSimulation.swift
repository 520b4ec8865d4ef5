import DutyCore
import Foundation

/// Drives the hazard and alert books through time as the daemon does: at each deadline a check
/// (alerts, then hazards), and scripted commands at their times.
struct CampaignSimulation {
    typealias Action = (inout HazardBook, inout AlertBook, Date) throws -> Applied<HazardOutcome>

    var hazards: HazardBook
    var alerts = AlertBook()
    let configuration: Configuration
    private var script: [(Date, Action)]
    private var now: Date
    /// Every transition so far, as timeline lines.
    private(set) var timeline: [String] = []

    init(configuration: Configuration, start: Date, script: [(Date, Action)]) {
        self.configuration = configuration
        hazards = HazardBook(settings: configuration.hazards)
        self.script = script.sorted { $0.0 < $1.0 }
        now = start
    }

    mutating func run(until end: Date) throws {
        while true {
            guard let due = [alerts.nextDue(), hazards.nextDue(), script.first?.0].compactMap({ $0 }).min() else { break }
            let at = max(due, now)
            guard at <= end else { break }
            now = at
            record(Applied(outcome: HazardOutcome(), alertEvents: alerts.check(now: at, configuration: configuration).events))
            record(hazards.check(now: at, configuration: configuration, alerts: &alerts))
            while let (time, action) = script.first, time <= at {
                script.removeFirst()
                record(try action(&hazards, &alerts, at))
            }
        }
        now = end
    }

    /// The roll-up at the current time.
    func summary(root: String? = nil, since: Date) -> [String: HazardSummary.Figures] {
        let summary = HazardSummary(hazards: hazards.hazards.values, tree: configuration.tree, root: root, since: since, now: now)
        return Dictionary(uniqueKeysWithValues: summary.units.map { ($0.unit, $0) })
    }

    private mutating func record(_ outcome: Applied<HazardOutcome>) {
        let name = { (id: String) in configuration.people.first { $0.id == id }?.name ?? id }
        for event in outcome.hazardEvents where event.action == .reminded {
            let lead = event.note?.split(separator: " ").dropFirst(2).first ?? "?"
            timeline.append("\(SimulationClock.label(event.time)) \(event.hazardID) reminded \(lead) \(event.recipients.map(name).joined(separator: ","))")
        }
        for event in outcome.alertEvents {
            let alert = alerts.alerts[event.alertID]!
            let who = event.action.notifies ? event.recipients.map(name).joined(separator: ",") : "by \(event.actor)"
            timeline.append("\(SimulationClock.label(event.time)) #\(event.alertID) \(alert.subject.id) \(alert.kind.rawValue) \(event.action.rawValue) L\(event.level) \(who)")
        }
    }
}
