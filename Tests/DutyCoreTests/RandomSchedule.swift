import DutyCore
import Foundation

/// A random holiday decoded from a list of integers (so property tests can generate and shrink it):
/// each integer raises an alert, acknowledges or resolves one, or lets time pass.
struct RandomSchedule {
    enum Outage {
        /// Checks run at every deadline.
        case none
        /// The book is rebuilt from its own alerts (as after a restart) before every step; checks still run on time.
        case restartsOnTime
        /// Some time steps pass with the daemon down: no checks until it comes back, rebuilt.
        case restartsWithDowntime
    }

    let codes: [Int]
    let start = SimulationClock.at(10, 1, 0, 0)

    /// The events the schedule produces, the book at the end, and when it ended.
    func play(_ configuration: Configuration, outage: Outage) -> (events: [AlertEvent], book: AlertBook, end: Date) {
        var book = AlertBook()
        var now = start
        var events: [AlertEvent] = []
        let units = configuration.tree.units.map(\.id)
        for (index, code) in codes.enumerated() {
            if outage != .none {
                book = AlertBook(alerts: Array(book.alerts.values), incidents: Array(book.incidents.values))
            }
            let argument = code / 4
            switch code % 4 {
            case 0:
                let kind = AlertKind.allCases[argument % AlertKind.allCases.count]
                let risk = kind.isGradedByRisk ? RiskLevel.allCases[(argument / 5) % 4] : nil
                let contacts = SubjectContacts(responsible: ["p\(index)"], dutyOfficer: ["d\(index)"], leaderOnDuty: ["l\(index)"])
                events += book.raise(
                    kind: kind, risk: risk, subject: AlertSubject(.hazard, "H\(index)"), unit: units[(argument / 20) % units.count],
                    summary: "item \(index)", contacts: contacts, now: now, configuration: configuration
                ).events
            case 1:
                events += (try? book.acknowledge(id: pick(argument, book), actor: .account("u\(index)"), note: nil, now: now, configuration: configuration)) ?? []
            case 2:
                events += (try? book.resolve(id: pick(argument, book), actor: .account("u\(index)"), note: nil, now: now)) ?? []
            default:
                let until = now.addingTimeInterval(Double(argument % 2_880) * 60)
                let down = outage == .restartsWithDowntime && argument % 3 == 0
                if !down {
                    while let due = book.nextDue(), due <= until {
                        events += book.check(now: due, configuration: configuration).events
                    }
                }
                now = until
                events += book.check(now: now, configuration: configuration).events
            }
        }
        return (events, book, now)
    }

    private func pick(_ argument: Int, _ book: AlertBook) -> Int64 {
        Int64(1 + argument % max(1, book.alerts.count))
    }
}
