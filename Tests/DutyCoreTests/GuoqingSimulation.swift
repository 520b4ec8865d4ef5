import DutyCore
import Foundation

/// Drives a whole `DutyState` through 国庆 2026 the way the daemon does: `check(now)` at every
/// deadline, scripted commands at their times (after the check), and the routine of the holiday
/// (on-time check-ins, answers to the daemon's random spot checks, each staffed unit's zero report
/// at noon) played by the people on duty.
///
/// Everything out of the routine becomes one transcript line; the routine is counted per day.
struct GuoqingSimulation {
    /// What someone does: a command, or one about the open alert of a kind at a unit (its id is known only then).
    enum Act {
        case run(Command)
        case onAlert(AlertKind, unit: String, (Int64) -> Command)
        /// The shift's duty officer (as the roster stands then, swaps applied) checks in or answers its spot checks.
        case officerCheckIn(shift: String)
    }

    /// An act at its time; `routine` ones are counted, not written out.
    private struct Step {
        var time: Date
        var act: Act
        var routine: Bool
    }

    /// What the routine did on one day.
    private struct Routine {
        var reminders = 0
        var checkIns = 0
        var spotChecks = 0
        var confirmed = 0
        var zeroReports = 0
    }

    private(set) var state: DutyState
    /// Every unit's daily report of each holiday day, assembled as the day ended, by date and unit.
    private(set) var reports: [LocalDate: [String: DailyReport]] = [:]
    /// When each incident was followed up, as the daemon reads it from the history.
    private var followUps: [String: [Date]] = [:]
    private var notable: [(day: String, line: String)] = []
    private var routine: [String: Routine] = [:]
    private var pending: [Step] = []
    /// The shifts whose check-ins and spot-check answers only the script makes.
    private let scripted: Set<String>

    /// The example configuration with its 2026 calendar and 国庆 roster, as `dutyd` assembles it.
    static func exampleConfiguration() throws -> Configuration {
        let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config").standardized
        let calendar = try String(contentsOf: directory.appending(path: "calendars/2026.toml"), encoding: .utf8)
        let roster = try String(contentsOf: directory.appending(path: "rosters/2026-national-day.csv"), encoding: .utf8)
        let table = try CSVParser.parse(roster, file: "2026-national-day.csv")
        return try ConfigurationAssembly.assemble(
            main: try SimulationClock.exampleConfiguration(), people: [],
            calendars: [DataFileContent(path: "2026.toml", content: .success(calendar))],
            rosters: [DataFileContent(path: "2026-national-day.csv", content: .success(.table(table)))]
        ).get().configuration
    }

    /// The example's autumn inspection ledger, as `dutyctl import ledger` reads it.
    static func exampleLedger() throws -> LedgerInput {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/ledgers/2026-autumn-inspection.csv").standardized
        return .table(try CSVParser.parse(String(contentsOf: file, encoding: .utf8), file: "2026-autumn-inspection.csv"))
    }

    /// A person of the configuration acting through their personal link.
    static func person(_ id: String, in configuration: Configuration) -> ActorIdentity {
        .link(ActorPerson(configuration.person(id)!))
    }

    /// Starts at `start` with empty books; every shift's officer checks in 5 minutes after its start
    /// and answers the daemon's random spot checks 3 minutes after they are asked, except on the
    /// shifts in `scripted`, where the script does (or leaves out) both.
    init(configuration: Configuration, start: Date, seed: UInt64, scripted: Set<String>) {
        self.scripted = scripted
        state = DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: start, seed: seed),
            hazards: HazardBook(settings: configuration.hazards))
        for shift in configuration.roster.shifts where !scripted.contains(shift.id) {
            schedule(Step(time: shift.start + .seconds(300), act: .officerCheckIn(shift: shift.id), routine: true))
        }
    }

    /// Runs until `end`: at each deadline or scripted time, the check, then the commands due then, in
    /// script order; a deadline already past (a ledger's, once imported) is checked at once, as the
    /// daemon's timer fires. A refused command changes nothing and is written out with its error.
    /// Each staffed unit files a zero report at noon of each holiday day, unless the script files for it that day.
    mutating func run(until end: Date, script: [(Date, Act)]) {
        for (time, act) in script { schedule(Step(time: time, act: act, routine: false)) }
        let wall = state.clock
        scheduleZeroReports(until: end, except: Set(script.compactMap { step -> String? in
            guard case .run(.fileDaily(let unit, let date, _, _)) = step.1 else { return nil }
            return DailyBook.key(unit, date ?? wall.localDate(step.0))
        }))
        var clock = state.duty.watermark
        while let wake = [state.nextWakeup(), pending.first?.time].compactMap({ $0 }).min(), max(wake, clock) <= end {
            let now = max(wake, clock)
            assembleReports(endedBy: now, since: clock)
            clock = now
            record(state.check(now: now, followUps: followUps), routine: false)
            while let step = pending.first, step.time == now {
                pending.removeFirst()
                let (effects, result) = state.handle(command(step.act), now: now)
                if case .failure(let error) = result {
                    let label = SimulationClock.label(now)
                    notable.append((String(label.prefix(5)), "\(label) refused: \(error)"))
                }
                record(effects, routine: step.routine)
            }
        }
        assembleReports(endedBy: end, since: clock)
    }

    /// The transcript: each day's notable lines, one line counting its routine, then the daily
    /// report of `unit` for that day if it is a day of the holiday `period`.
    func transcript(dailyOf unit: String, in period: String) -> [String] {
        let days = Set(notable.map(\.day)).union(routine.keys).sorted()
        return days.flatMap { day in
            let counts = routine[day] ?? Routine()
            let summary = "\(day) routine: \(counts.reminders) reminders, \(counts.checkIns) check-ins on time, "
                + "\(counts.spotChecks) random spot checks, \(counts.confirmed) confirmed, \(counts.zeroReports) zero reports"
            return notable.filter { $0.day == day }.map(\.line) + [summary] + dailyLines(unit, LocalDate("2026-\(day)")!, in: period)
        }
    }

    /// The command of `act` now; one about an alert that is not open names alert 0, which is refused.
    private func command(_ act: Act) -> Command {
        switch act {
        case .run(let command): return command
        case .onAlert(let kind, let unit, let make):
            let open = state.alerts.alerts.values.filter { $0.kind == kind && $0.unit == unit && $0.state != .resolved }
            return make(open.map(\.id).max() ?? 0)
        case .officerCheckIn(let shift):
            let officer = Self.person(state.configuration.roster[shift]!.dutyOfficer.id, in: state.configuration)
            return .checkIn(shift: shift, unit: nil, person: nil, actor: officer)
        }
    }

    /// Every unit's report of each holiday day that ended after `since` and by `now`, as the books stood then.
    private mutating func assembleReports(endedBy now: Date, since: Date) {
        let clock = state.clock
        let midnight = TimeOfDay(hour: 0, minute: 0)!
        var day = clock.localDate(since)
        while clock.instant(day.adding(days: 1), midnight) <= now {
            defer { day = day.adding(days: 1) }
            guard state.configuration.calendar.periods.contains(where: { $0.contains(day) }) else { continue }
            let end = clock.instant(day.adding(days: 1), midnight)
            for unit in state.configuration.tree.depthFirst().map(\.unit.id) {
                reports[day, default: [:]][unit] = try? DailyReport.assemble(unit: unit, date: day, state: state, filings: state.daily.all, followUps: followUps, now: end)
            }
        }
    }

    /// The noon zero reports of the staffed units on the holiday days up to `end`, but for the `scripted` unit days.
    private mutating func scheduleZeroReports(until end: Date, except scripted: Set<String>) {
        let clock = state.clock
        let configuration = state.configuration
        for period in configuration.calendar.periods {
            var day = period.first
            while day <= period.last, clock.instant(day, TimeOfDay(hour: 12, minute: 0)!) <= end {
                defer { day = day.adding(days: 1) }
                let noon = clock.instant(day, TimeOfDay(hour: 12, minute: 0)!)
                guard noon > state.duty.watermark else { continue }
                for unit in DailyBook.units(configuration) where !scripted.contains(DailyBook.key(unit, day)) {
                    let contacts = configuration.tree[unit]?.contacts
                    let officer = (contacts?[.dutyOffice] ?? []).first { configuration.person($0) != nil } ?? contacts?[.head]?.first ?? ""
                    schedule(Step(time: noon, act: .run(.fileDaily(unit: unit, date: nil, note: nil, actor: Self.person(officer, in: configuration))), routine: true))
                }
            }
        }
    }

    private mutating func schedule(_ step: Step) {
        let index = pending.firstIndex { $0.time > step.time } ?? pending.endIndex
        pending.insert(step, at: index)
    }

    private mutating func record(_ effects: Effects, routine isRoutine: Bool) {
        let held = Dictionary(
            effects.journal.filter { $0.event == .reminderHeld }.compactMap { entry in entry.fields["item"].map { ($0, entry) } },
            uniquingKeysWith: { first, _ in first })
        for event in effects.change.duty.events {
            let day = String(SimulationClock.label(event.time).prefix(5))
            let unit = state.configuration.roster[event.shiftID]?.unit ?? "?"
            switch event.action {
            case .reminded where held["shift:\(event.shiftID)"] == nil:
                routine[day, default: Routine()].reminders += 1
            case .spotCheckRequested where event.actor.isDaemon && !scripted.contains(event.shiftID):
                routine[day, default: Routine()].spotChecks += 1
                schedule(Step(time: event.time + .seconds(180), act: .officerCheckIn(shift: event.shiftID), routine: true))
            case .checkedIn where isRoutine:
                routine[day, default: Routine()].checkIns += 1
            case .spotCheckConfirmed where isRoutine:
                routine[day, default: Routine()].confirmed += 1
            default:
                var line = "\(SimulationClock.label(event.time)) \(event.action.rawValue)"
                line += event.spotCheck.map { " #\($0)" } ?? ""
                line += " \(unit)" + parties(event.actor, event.action.notifies ? event.recipients : nil)
                if let entry = held["shift:\(event.shiftID)"] {
                    line += " (held by \(entry.fields["window"] ?? "?") until \(entry.fields["until"]?.dropFirst(11).prefix(5) ?? "?"))"
                }
                line += event.note.map { " (\($0))" } ?? ""
                notable.append((day, line))
            }
        }
        for event in effects.change.hazardEvents {
            let hazard = state.hazards.hazards[event.hazardID]
            var line = "\(SimulationClock.label(event.time)) hazard \(event.hazardID) \(event.action.rawValue) \(hazard?.unit ?? "?")"
            line += parties(event.actor, event.recipients.isEmpty ? nil : event.recipients)
            line += event.note.map { " (\($0))" } ?? ""
            notable.append((String(line.prefix(5)), line))
        }
        for event in effects.change.filingEvents {
            let line = "\(SimulationClock.label(event.time)) roster_filed \(event.filing.unit) \(event.filing.period)\(parties(event.actor, nil))"
            notable.append((String(line.prefix(5)), line + (event.late ? " (late)" : "")))
        }
        for filing in effects.change.dailyFilings where isRoutine {
            routine[String(SimulationClock.label(filing.filedAt).prefix(5)), default: Routine()].zeroReports += 1
        }
        for filing in effects.change.dailyFilings where !isRoutine {
            let what = filing.note.map { "note (\($0))" } ?? "zero report"
            let line = "\(SimulationClock.label(filing.filedAt)) daily_filed \(filing.unit) \(filing.date)\(parties(filing.filedBy, nil)): \(what)"
            notable.append((String(line.prefix(5)), line + (filing.late ? " (late)" : "")))
        }
        for send in effects.change.dailySends {
            let reports = effects.journal.filter { $0.event == .dailyReportSent && $0.fields["item"]?.hasSuffix("/\(send.date)") == true }.count
            let notices = effects.notifications.filter { $0.key.hasPrefix("daily/") && $0.key.contains("/\(send.date)/") }.count
            let line = "\(SimulationClock.label(send.sentAt)) daily_sent \(send.date): \(reports) reports to the level above, \(notices) notices"
            notable.append((String(line.prefix(5)), line))
        }
        for event in effects.change.swapEvents {
            let swap = state.swaps.swaps[event.swapID]
            var line = "\(SimulationClock.label(event.time)) swap #\(event.swapID) \(event.state.rawValue) \(swap?.shiftID ?? "?")"
            line += parties(event.actor, event.recipients)
            line += event.note.map { " (\($0))" } ?? ""
            notable.append((String(line.prefix(5)), line))
        }
        for event in effects.change.events {
            let alert = state.alerts.alerts[event.alertID]
            if event.action == .followedUp, let incident = alert?.subject.id { followUps[incident, default: []].append(event.time) }
            var line = "\(SimulationClock.label(event.time)) \(alert?.kind.rawValue ?? "?") #\(event.alertID) \(event.action.rawValue) L\(event.level) \(alert?.unit ?? "?")"
            line += parties(event.actor, event.action.notifies ? event.recipients : nil)
            line += event.note.map { " (\($0))" } ?? ""
            notable.append((String(line.prefix(5)), line))
        }
    }

    /// ` by 陈静 → 赵文博`: who acted (unless the daemon) and who was notified (nil: nobody is, by the action).
    private func parties(_ actor: ActorIdentity, _ recipients: [String]?) -> String {
        let by = actor.isDaemon ? "" : " by \(actor.person?.name ?? actor.account ?? "?")"
        return by + (recipients.map { " → \(names($0))" } ?? "")
    }

    private func names(_ ids: [String]) -> String {
        ids.isEmpty ? "nobody" : ids.map { id in state.configuration.person(id)?.name ?? id }.joined(separator: ",")
    }
}
