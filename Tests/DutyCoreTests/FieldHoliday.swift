import DutyCore
import Foundation

/// Drives a whole `DutyState` through time as the daemon does: a check at every wake-up, and
/// scripted field actions at their times, each a command handled as a person through a link or
/// an SMS reply. Keeps everything the state returned, for the test to read.
struct FieldHoliday {
    typealias Action = (inout FieldHoliday, Date) throws -> Void

    var state: DutyState
    private(set) var alertEvents: [AlertEvent] = []
    private(set) var hazardEvents: [HazardEvent] = []
    private(set) var dutyEvents: [DutyEvent] = []
    private(set) var journal: [JournalEntry] = []
    private(set) var sent: [OutboundNotification] = []

    init(state: DutyState) {
        self.state = state
    }

    /// Runs until `end`, waking at each deadline of the state and each scripted action (checks first).
    mutating func run(until end: Date, script: [(Date, Action)]) throws {
        var pending = script.sorted { $0.0 < $1.0 }
        while let now = [state.nextWakeup(), pending.first?.0].compactMap({ $0 }).min(), now <= end {
            absorb(state.check(now: now))
            while let (time, action) = pending.first, time == now {
                pending.removeFirst()
                try action(&self, now)
            }
        }
    }

    /// The person `id` acting through a personal link.
    func link(_ id: String) throws -> ActorIdentity {
        guard let person = state.configuration.people.first(where: { $0.id == id }) else { throw FieldHolidayError("no person \(id)") }
        return .link(ActorPerson(person))
    }

    /// The latest alert about the shift or hazard `subject`.
    func alert(about subject: String) throws -> Alert {
        guard let alert = state.alerts.alerts.values.filter({ $0.subject.id == subject }).max(by: { $0.id < $1.id }) else {
            throw FieldHolidayError("no alert about \(subject)")
        }
        return alert
    }

    /// A command as `actor` at its time, which must succeed.
    static func command(_ make: @escaping (FieldHoliday) throws -> Command) -> Action {
        { holiday, now in
            let (effects, result) = holiday.state.handle(try make(holiday), now: now)
            switch result {
            case .failure(let error): throw FieldHolidayError("\(SimulationClock.label(now)): refused: \(error)")
            case .success(.reply(.refused(let refusal))): throw FieldHolidayError("\(SimulationClock.label(now)): reply refused: \(refusal)")
            case .success: holiday.absorb(effects)
            }
        }
    }

    /// `person` checks in for `shift` through their link.
    static func checkIn(_ shift: String, by person: String) -> Action {
        command { holiday in .checkIn(shift: shift, unit: nil, person: nil, actor: try holiday.link(person)) }
    }

    /// `person` taps 确认收到 on the page of the alert about `subject`.
    static func acknowledge(_ subject: String, by person: String) -> Action {
        command { holiday in .acknowledge(alert: try holiday.alert(about: subject).id, note: nil, actor: try holiday.link(person)) }
    }

    /// `person` taps 已处理 on the page of the alert about `subject`, with `note`.
    static func resolve(_ subject: String, by person: String, note: String) -> Action {
        command { holiday in .resolve(alert: try holiday.alert(about: subject).id, note: note, actor: try holiday.link(person)) }
    }

    /// `person` texts back the reply code their last SMS about `subject` carried, followed by `word` (`""` acknowledges, `已处理` resolves).
    static func reply(about subject: String, by person: String, _ word: String = "") -> Action {
        command { holiday in
            let alert = try holiday.alert(about: subject)
            guard let sms = holiday.sent.last(where: { $0.alertID == alert.id && $0.recipient == person && $0.channel == "sms" }),
                let code = sms.fields["reply_code"], let mobile = holiday.state.configuration.people.first(where: { $0.id == person })?.mobile
            else { throw FieldHolidayError("\(person) got no SMS with a reply code about alert \(alert.id)") }
            return .reply(from: mobile, text: code + word)
        }
    }

    /// A hazard step by `person` through the hazard's page.
    static func hazard(_ id: String, _ step: HazardStep, by person: String) -> Action {
        command { holiday in .hazard(id: id, step, actor: try holiday.link(person)) }
    }

    private mutating func absorb(_ effects: Effects) {
        alertEvents += effects.change.events
        hazardEvents += effects.change.hazardEvents
        dutyEvents += effects.change.duty.events
        journal += effects.journal
        sent += effects.notifications
    }
}

/// A scripted field action that could not be done.
struct FieldHolidayError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
