import DutyCore
import Foundation
import Testing

@Suite("Duty deadlines under a clock that is stepped")
struct ClockStepTests {
    typealias At = SimulationClock

    /// The 五一 holiday roster, two random spot checks a shift, and nobody checking in or answering:
    /// every reminder, check-in limit, spot check and spot-check limit fires. Checks come once a
    /// minute, the daemon's default interval.
    static func configuration() throws -> Configuration {
        var configuration = try DutySimulationTests.configuration(spotChecksPerShift: 2)
        configuration.daemon.checkInterval = .seconds(60)
        return configuration
    }

    @Test("the clock jumps back 3 h in the middle of a day: every deadline of those 3 h fires exactly once, a spot check asked for after the jump too")
    func backwardStep() throws {
        var run = try SteppedDuty(configuration: Self.configuration(), start: At.at(5, 1, 6))
        let jump = At.at(5, 1, 14)
        var manual: Int64?
        try run.run(
            until: At.at(5, 2, 9), clock: { real in real < jump ? real : real.addingTimeInterval(-3 * 3_600) },
            at: [jump + .seconds(600): { run, wall in manual = try run.spotCheck("dg-sy", now: wall) }])
        #expect(run.repeated.isEmpty)
        #expect(run.fired(.reminder, .checkin, .randomSpotCheck) == run.deadlines(after: At.at(5, 1, 6), upTo: At.at(5, 2, 6)))
        let asked = try #require(manual)
        #expect(run.firings["absent #\(asked)"] == 1, "the limit of a spot check asked for at 11:10, after the jump")
        #expect(run.spotChecksPastTheirLimit.allSatisfy { run.firings["absent #\($0)"] == 1 })
    }

    @Test("the clock jumps a day ahead and back: what the jump skipped fires once, late or when due again, and nothing fires twice")
    func forwardAndBack() throws {
        var run = try SteppedDuty(configuration: Self.configuration(), start: At.at(5, 1, 6))
        let (ahead, back) = (At.at(5, 1, 10), At.at(5, 1, 10, 30))
        try run.run(until: At.at(5, 3, 9), clock: { real in real >= ahead && real < back ? real.addingTimeInterval(86_400) : real })
        #expect(run.repeated.isEmpty)
        #expect(run.fired(.reminder, .checkin, .randomSpotCheck) == run.deadlines(after: At.at(5, 1, 6), upTo: At.at(5, 3, 9)))
        #expect(run.spotChecksPastTheirLimit.allSatisfy { run.firings["absent #\($0)"] == 1 })
        // The check-in of 05-02 08:00 was judged at the jump, a day early; the reminder it skipped came when due,
        // and the spot check that fell due while the clock was ahead (the shift looked over) came at once after it.
        #expect(run.timeline.contains("05-02 10:00 checkin dg-sy/2026-05-02T08:00"))
        #expect(run.timeline.contains("05-02 07:30 reminder dg-sy/2026-05-02T08:00"))
        #expect(run.timeline.contains("05-01 10:30 spot dg-sy/2026-05-01T08:00 #2"))
    }

    @Test("a clock set a year ahead and corrected suppresses nothing afterwards: reminders, spot checks, a reloaded shift")
    func yearAheadCorrected() throws {
        var run = try SteppedDuty(configuration: Self.configuration(), start: At.at(5, 1, 6))
        let (ahead, corrected) = (At.at(5, 1, 9), At.at(5, 1, 9, 10))
        try run.run(until: At.at(5, 1, 12), clock: { real in real >= ahead && real < corrected ? real.addingTimeInterval(365 * 86_400) : real })
        // A shift added by a reload after the correction, starting at 13:00.
        let extra = Shift(
            id: "dg-sy/extra", unit: "dg-sy", start: At.at(5, 1, 13), end: At.at(5, 1, 17),
            dutyOfficer: DutyPerson(id: "sy-chen", name: "陈静", phone: "13906332002"), leaderOnDuty: nil, file: "extra.csv", row: 1)
        run.reload(shifts: run.configuration.roster.shifts + [extra])
        var manual: Int64?
        try run.run(until: At.at(5, 6, 9), clock: { $0 }, at: [At.at(5, 4, 8, 5): { run, wall in manual = try run.spotCheck("dg-sy", now: wall) }])
        #expect(run.repeated.isEmpty)
        #expect(run.timeline.contains("05-01 12:30 reminder dg-sy/extra"))
        #expect(run.timeline.contains("05-01 13:15 checkin dg-sy/extra"))
        #expect(run.timeline.contains("05-05 07:30 reminder ls-zx/2026-05-05T08:00"), "a reminder skipped as too late a year ahead")
        let asked = try #require(manual)
        #expect(run.firings["absent #\(asked)"] == 1)
    }

    @Test("an alert that climbed while the clock was a year ahead climbs again within its timeout after the correction, not a year later")
    func alertAfterYearAhead() throws {
        var configuration = try Self.configuration()
        configuration.roster = Roster(shifts: [])
        var state = DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(5, 1, 8), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
        guard case .success(.report(_, let alert)) = state.handle(.report(unit: "ls-zx", summary: "学生溺水送医", severity: .general, actor: "linxiaohong"), now: At.at(5, 1, 9)).result else {
            Issue.record("the report was refused")
            return
        }
        let ahead = state.check(now: At.at(5, 1, 9, 5, year: 2027))
        #expect(ahead.change.events.map(\.action) == [.escalated])
        let corrected = state.check(now: At.at(5, 1, 9, 6))
        let brought = try #require(state.alerts.alerts[alert.id])
        let wait = EscalationLadder(for: brought, configuration).timeout(at: brought.level)
        #expect(brought.nextDueAt == At.at(5, 1, 9, 6) + wait)
        #expect(corrected.change.alerts.isEmpty, "the row keeps what its history vouches for until the next transition")
        #expect(corrected.nextWakeup == brought.nextDueAt)
        #expect(state.check(now: At.at(5, 1, 9, 6) + wait).change.events.map(\.action) == [.escalated])
    }
}

/// Drives a `DutyBook` minute by minute of real time, reading a wall clock that the test steps,
/// and counts how often each deadline fires: `reminder <shift>`, `checkin <shift>`,
/// `spot <shift> #<ordinal>` and `absent #<spot check>`.
struct SteppedDuty {
    /// The kinds of shift deadline.
    enum Kind: String { case reminder, checkin, randomSpotCheck = "spot" }

    private(set) var configuration: Configuration
    private var duty: DutyBook
    private var real: Date
    /// Firings per deadline.
    private(set) var firings: [String: Int] = [:]
    /// Each firing, with the wall-clock minute it fired at: `05-02 10:00 checkin dg-sy/2026-05-02T08:00`.
    private(set) var timeline: [String] = []
    /// The last wall-clock time read.
    private var wall: Date

    init(configuration: Configuration, start: Date) {
        self.configuration = configuration
        duty = DutyBook(watermark: start, seed: 1)
        (real, wall) = (start, start)
    }

    /// Checks once a minute of real time up to `end`, at the wall time `clock` gives, running
    /// `actions` (keyed by real time) after the check of their minute.
    mutating func run(until end: Date, clock: (Date) -> Date, at actions: [Date: (inout SteppedDuty, Date) throws -> Void] = [:]) throws {
        while real < end {
            real = real + .seconds(60)
            wall = clock(real)
            record(duty.check(now: wall, configuration: configuration))
            try actions[real]?(&self, wall)
        }
    }

    /// Asks for a spot check at `unit`; its id.
    mutating func spotCheck(_ unit: String, now: Date) throws -> Int64 {
        try duty.spotCheck(unit: unit, actor: "zhaowenbo", now: now, configuration: configuration).spotCheck.id
    }

    /// Takes a reloaded roster.
    mutating func reload(shifts: [Shift]) {
        configuration.roster = Roster(shifts: shifts)
    }

    /// Deadlines that fired more than once.
    var repeated: [String] { firings.filter { $0.value > 1 }.map(\.key).sorted() }

    /// The deadlines of `kinds` that fired.
    func fired(_ kinds: Kind...) -> Set<String> {
        Set(firings.keys.filter { key in kinds.contains { key.hasPrefix("\($0.rawValue) ") } })
    }

    /// Every reminder, check-in limit and random spot check of the roster in (`start`, `end`].
    func deadlines(after start: Date, upTo end: Date) -> Set<String> {
        let settings = configuration.duty
        var keys: Set<String> = []
        for shift in configuration.roster.shifts where shift.isWellFormed {
            let reminder = shift.start.addingTimeInterval(-settings.reminderLead.timeInterval)
            if reminder > start && reminder <= end { keys.insert("reminder \(shift.id)") }
            let checkin = shift.start + settings.checkinGrace
            if checkin > start && checkin <= end { keys.insert("checkin \(shift.id)") }
            let times = SpotCheckSchedule.times(for: shift, count: settings.spotChecksPerShift, seed: settings.spotCheckSeed ?? 1, settings: settings)
            for (ordinal, time) in zip(1..., times) where time > start && time <= end { keys.insert("spot \(shift.id) #\(ordinal)") }
        }
        return keys
    }

    /// Spot checks whose time limit the wall clock has passed.
    var spotChecksPastTheirLimit: [Int64] {
        duty.spotChecks.values.filter { $0.dueAt <= wall && $0.confirmedAt == nil }.map(\.id)
    }

    private mutating func record(_ outcome: DutyOutcome) {
        var keys: [String] = []
        for event in outcome.events where event.action == .reminded { keys.append("reminder \(event.shiftID)") }
        for record in outcome.records where record.missedCheckinAt == wall { keys.append("checkin \(record.shiftID)") }
        for check in outcome.spotChecks {
            if let ordinal = check.ordinal, check.requestedAt == wall { keys.append("spot \(check.shiftID) #\(ordinal)") }
            if check.missedAt == wall { keys.append("absent #\(check.id)") }
        }
        for key in keys {
            firings[key, default: 0] += 1
            timeline.append("\(SimulationClock.label(wall)) \(key)")
        }
    }
}
