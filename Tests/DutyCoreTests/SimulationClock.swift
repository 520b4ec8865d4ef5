import DutyCore
import Foundation

/// Builds wall-clock times in the bureau's zone and reads the example configuration, for simulations.
enum SimulationClock {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    /// `2026-05-01 08:15` in Asia/Shanghai.
    static func at(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0, year: Int = 2026) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    /// `05-01 08:15`, the form timelines are written in.
    static func label(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
        return "\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// The bundled example configuration (`config/dutyd.toml`).
    static func exampleConfiguration() throws -> Configuration {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/dutyd.toml").standardized
        return try ConfigDecoder.decode(String(contentsOf: file, encoding: .utf8), file: "dutyd.toml")
    }
}

/// Drives an `AlertBook` through time the way the daemon does: a check at every deadline, and
/// scripted actions (reports, acknowledgements, resolutions) at their times, checks first.
struct Simulation {
    typealias Action = (inout AlertBook, Date, Configuration) throws -> [AlertEvent]

    var book = AlertBook()
    let configuration: Configuration
    /// Every event so far, in order.
    private(set) var events: [AlertEvent] = []

    init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs from the first scripted action until `end`, waking at each deadline and each action.
    mutating func run(until end: Date, script: [(Date, Action)]) throws {
        var pending = script.sorted { $0.0 < $1.0 }
        while true {
            let wake = [book.nextDue(), pending.first?.0].compactMap { $0 }.min()
            guard let now = wake, now <= end else { return }
            events += book.check(now: now, configuration: configuration).events
            while let (time, action) = pending.first, time == now {
                pending.removeFirst()
                events += try action(&book, now, configuration)
            }
        }
    }

    /// One line per event: `05-01 08:30 #1 escalated L1 刘洋`, recipients by name (or the actor).
    func timeline() -> [String] {
        events.map { event in
            let who: String
            if event.action.notifies {
                let names = event.recipients.map { id in configuration.people.first { $0.id == id }?.name ?? id }
                who = names.isEmpty ? "nobody" : names.joined(separator: ",")
            } else {
                who = "by \(event.actor)"
            }
            return "\(SimulationClock.label(event.time)) #\(event.alertID) \(event.action.rawValue) L\(event.level) \(who)"
        }
    }
}
