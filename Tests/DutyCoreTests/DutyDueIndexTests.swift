import DutyCore
import Foundation
import Testing

@Suite("Duty due index")
struct DutyDueIndexTests {
    typealias At = SimulationClock
    static let now = At.at(10, 1, 8, 0)

    /// The example configuration with `due` shifts at the example's units whose reminders fell due
    /// in the last `due` minutes, and `waiting` shifts from two days on at 16 shifts per made-up unit.
    static func configuration(waiting: Int, due: Int) throws -> Configuration {
        var configuration = try At.exampleConfiguration()
        configuration.duty.spotChecksPerShift = 2
        let lead = configuration.duty.reminderLead
        let officer = DutyPerson(id: "sy-chen", name: "陈静", phone: "13906332002")
        let units = ["dg-sy", "ls-zx"]
        let dueShifts = (0..<due).map { number in
            let start = (now + lead).addingTimeInterval(Double(-60 * number))
            return Shift(
                id: "\(units[number % 2])/due-\(number)", unit: units[number % 2], start: start, end: start + .seconds(12 * 3_600),
                dutyOfficer: officer, leaderOnDuty: nil, file: "due.csv", row: number)
        }
        let waitingShifts = (0..<waiting).map { number in
            let start = now + .seconds(2 * 86_400 + 12 * 3_600 * (number % 16))
            return Shift(
                id: "u\(number / 16)/\(number % 16)", unit: "u\(number / 16)", start: start, end: start + .seconds(12 * 3_600),
                dutyOfficer: officer, leaderOnDuty: nil, file: "waiting.csv", row: number)
        }
        configuration.roster = Roster(shifts: dueShifts + waitingShifts)
        return configuration
    }

    /// The earliest pending deadline after the watermark, worked out from scratch over every shift.
    static func expectedNextDue(_ book: DutyBook, _ configuration: Configuration) -> Date? {
        let settings = configuration.duty
        var times = book.spotChecks.values.filter { $0.state == .open }.map(\.dueAt)
        for shift in configuration.roster.shifts where shift.isWellFormed && shift.end > book.watermark {
            let record = book.records[shift.id]
            if record?.checkedInAt == nil {
                if record?.remindedAt == nil { times.append(shift.start.addingTimeInterval(-Double(settings.reminderLead.components.seconds))) }
                if record?.missedCheckinAt == nil { times.append(shift.start + settings.checkinGrace) }
            }
            let requested = Set(book.spotChecks.values.filter { $0.shiftID == shift.id }.compactMap(\.ordinal))
            let spotChecks = SpotCheckSchedule.times(for: shift, count: settings.spotChecksPerShift, seed: settings.spotCheckSeed ?? book.seed, settings: settings)
            times += spotChecks.enumerated().filter { !requested.contains($0.offset + 1) }.map(\.element)
        }
        return times.filter { $0 > book.watermark }.min()
    }

    @Test("a duty check looks at the due deadlines only, however many shifts are pending", arguments: [10_000])
    func checkCostFollowsWhatIsDue(waiting: Int) throws {
        let configuration = try Self.configuration(waiting: waiting, due: 10)
        var alerts = AlertBook()
        var duty = DutyBook(watermark: Self.now.addingTimeInterval(-3_600), seed: 7)
        let outcome = duty.check(now: Self.now, configuration: configuration, alerts: &alerts)
        #expect(outcome.events.map(\.action) == Array(repeating: .reminded, count: 10))
        #expect(outcome.events.map(\.shiftID) == (0..<10).reversed().map { "\(["dg-sy", "ls-zx"][$0 % 2])/due-\($0)" }, "earliest first")
        #expect(outcome.examined == 10)
        #expect(duty.nextDue(configuration: configuration) == Self.expectedNextDue(duty, configuration))
        #expect(duty.check(now: Self.now + .seconds(60), configuration: configuration, alerts: &alerts).examined == 0)
    }

    @Test("nextDue stays right after check-ins, spot checks, missed deadlines and a reload")
    func nextDueFollowsChanges() throws {
        let configuration = try Self.configuration(waiting: 200, due: 4)
        var alerts = AlertBook()
        var duty = DutyBook(watermark: Self.now.addingTimeInterval(-3_600), seed: 7)
        _ = duty.check(now: Self.now, configuration: configuration, alerts: &alerts)
        for unit in ["dg-sy", "ls-zx"] {
            let (shift, _) = try duty.checkIn(shiftID: nil, unit: unit, person: nil, actor: "chen", now: Self.now, configuration: configuration)
            #expect(shift.unit == unit && shift.start == configuration.roster.shifts(at: unit).first?.start)
            #expect(duty.nextDue(configuration: configuration) == Self.expectedNextDue(duty, configuration))
        }
        _ = try duty.spotCheck(unit: "dg-sy", actor: "zhao", now: Self.now + .seconds(1_800), configuration: configuration)
        #expect(duty.nextDue(configuration: configuration) == Self.expectedNextDue(duty, configuration))
        // Through the missed check-ins, the random spot checks and their time limits, to the end of the due shifts.
        var examined = 0
        while let next = duty.nextDue(configuration: configuration), next < Self.now + .seconds(86_400) {
            #expect(next == Self.expectedNextDue(duty, configuration))
            examined += duty.check(now: next, configuration: configuration, alerts: &alerts).examined
        }
        #expect(duty.nextDue(configuration: configuration) == Self.expectedNextDue(duty, configuration))
        #expect(!duty.spotChecks.isEmpty && alerts.openCount > 0)
        #expect(examined < 4 * 4 + 2 * 4, "only the due shifts' deadlines, and the time limits of their spot checks")

        // A reload with a new roster: a shift whose reminder falls due in a minute.
        var reloaded = configuration
        let start = duty.watermark + configuration.duty.reminderLead + .seconds(60)
        let extra = Shift(
            id: "dg-sy/extra", unit: "dg-sy", start: start, end: start + .seconds(3_600),
            dutyOfficer: DutyPerson(id: "sy-chen", name: "陈静", phone: "13906332002"), leaderOnDuty: nil, file: "extra.csv", row: 1)
        reloaded.roster = Roster(shifts: configuration.roster.shifts + [extra])
        #expect(duty.nextDue(configuration: reloaded) == duty.watermark + .seconds(60))
        #expect(duty.nextDue(configuration: reloaded) == Self.expectedNextDue(duty, reloaded))
        #expect(duty.check(now: duty.watermark + .seconds(60), configuration: reloaded, alerts: &alerts).events.map(\.shiftID) == ["dg-sy/extra"])
    }

    @Test("a deadline made moot before it fell due is skipped, and counted as examined")
    func staleEntriesAreCounted() throws {
        let configuration = try Self.configuration(waiting: 100, due: 3)
        var alerts = AlertBook()
        var duty = DutyBook(watermark: Self.now.addingTimeInterval(-3_600), seed: 7)
        #expect(duty.nextDue(configuration: configuration) == Self.now.addingTimeInterval(-120))
        _ = try duty.checkIn(shiftID: "dg-sy/due-2", unit: nil, person: nil, actor: "chen", now: Self.now.addingTimeInterval(-60), configuration: configuration)
        let outcome = duty.check(now: Self.now, configuration: configuration, alerts: &alerts)
        #expect(outcome.events.map(\.shiftID) == ["ls-zx/due-1", "dg-sy/due-0"])
        #expect(outcome.examined == 3)
    }
}
