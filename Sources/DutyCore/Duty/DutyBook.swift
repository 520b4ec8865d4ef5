import Foundation
import HashTreeCollections

/// The duty engine: reminders, check-ins and spot checks of the roster's shifts.
///
/// Pure like `AlertBook`: every operation takes `now` and the configuration, and returns what it
/// changed. A check examines the deadlines after `watermark` up to `now`, earliest first, so what
/// fell due while the daemon was down is handled once, late, and shifts whose deadlines passed
/// before dutyd first watched them are never judged. Whether a deadline was acted on is the
/// item's own record (the shift's reminder and check-in, the spot check of each ordinal and its
/// state), never a time mark: after the clock steps back, a check re-examines from its own time
/// (or from before a leap forward it undoes), so what was not acted on fires, late or when due
/// again, and nothing acted on fires twice.
///
/// The pending deadlines are kept in an index ordered by time, built on the first call with a
/// configuration whose roster (the loaded one, not an equal copy), `[duty]` settings or seed differ
/// from the last, so a reload rebuilds it; a check then looks only at what is due.
public struct DutyBook: Sendable {
    /// A persistent hash tree, as `AlertBook.alerts` is: a change copies only its path, not the book a page still holds.
    public private(set) var records: TreeDictionary<String, ShiftRecord> = [:]
    public private(set) var spotChecks: [Int64: SpotCheck] = [:]
    /// The last check's time: every deadline up to here has been examined.
    public private(set) var watermark: Date
    /// Seed of the random spot-check times unless the configuration sets one.
    public let seed: UInt64
    var lastSpotCheckID: Int64 = 0
    /// Ids of each shift's spot checks, ascending.
    var spotCheckIDsByShift: [String: [Int64]] = [:]
    /// Built for the configuration last seen; nil until then.
    var deadlines: DutyDeadlines?
    /// The last check that came more than two check intervals after the one before it (an
    /// outage, or the clock stepped forward): from the watermark before it to its time. Not
    /// kept across restarts.
    private var leap: (from: Date, to: Date)?

    public init(records: [ShiftRecord] = [], spotChecks: [SpotCheck] = [], watermark: Date, seed: UInt64) {
        self.watermark = watermark
        self.seed = seed
        for record in records { self.records[record.shiftID] = record }
        for check in spotChecks.sorted(by: { $0.id < $1.id }) { store(check) }
        lastSpotCheckID = spotChecks.map(\.id).max() ?? 0
    }

    /// One thing due at a time.
    private enum Deadline {
        case reminder(Shift)
        case randomSpotCheck(Shift, ordinal: Int)
        case checkinDue(Shift)
        case spotCheckDue(Int64)
    }

    /// Handles every deadline after the watermark up to `now`, earliest first; the alerts to raise
    /// are in the outcome's `alertRequests`. When `now` is before the watermark (the clock stepped
    /// back), the deadlines are indexed again from `now`, or from where the last leap forward
    /// started if `now` lands inside it (that leap judged them by a clock that was ahead): each
    /// fires, late or when due, unless its record says it was acted on.
    public mutating func check(now: Date, configuration: Configuration) -> DutyOutcome {
        if now < watermark {
            watermark = leap.map { now < $0.to ? min(now, $0.from) : now } ?? now
            leap = nil
            deadlines = nil
        } else if now.timeIntervalSince(watermark) > 2 * configuration.daemon.checkInterval.timeInterval {
            leap = (from: watermark, to: now)
        }
        var outcome = DutyOutcome()
        var index = takeDeadlines(for: configuration)
        lazy var clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        while let entry = index.popDue(at: now) {
            outcome.examined += 1
            guard let deadline = pending(entry, in: index) else { continue }
            handle(deadline, due: entry.time, now: now, configuration: configuration, clock: clock, into: &outcome)
        }
        for check in outcome.spotChecks where check.state == .open { index.insert(.spotCheckDue(check)) }
        deadlines = index
        watermark = now
        return outcome
    }

    /// The earliest pending deadline after the watermark, if any; drops entries no longer pending on the way.
    public mutating func nextDue(configuration: Configuration) -> Date? {
        var index = takeDeadlines(for: configuration)
        defer { deadlines = index }
        while let entry = index.earliest {
            if pending(entry, in: index) != nil { return entry.time }
            index.dropEarliest()
        }
        return nil
    }

    /// Records a check-in: the start-of-shift check-in, and the answer to every open spot check.
    /// A check-in after its missed-check-in alert was raised ends that alert (late by N minutes)
    /// and tells everyone it reached.
    ///
    /// The shift is named by id, or found at `unit` as the one open for check-in now (optionally
    /// the one whose officer is `person`, by id or name). It is open from the reminder until its end.
    /// The leader on duty named as `person` confirms the spot checks that target the leader.
    public mutating func checkIn(
        shiftID: String?, unit: String?, person: String?, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(DutyCommandError) -> (shift: Shift, outcome: DutyOutcome) {
        let roster = configuration.roster
        let lead = configuration.duty.reminderLead
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let shift: Shift
        if let shiftID {
            guard let found = roster[shiftID], found.isWellFormed else { throw .unknownShift(shiftID) }
            guard found.start.addingTimeInterval(-lead.timeInterval) <= now, now < found.end else {
                throw .notCurrent(shiftID, opens: clock.iso8601(found.start.addingTimeInterval(-lead.timeInterval)), ends: clock.iso8601(found.end))
            }
            if let person, !Self.isOfficer(person, of: found), !Self.isLeader(person, of: found) {
                throw .notTheDutyOfficer(shift: shiftID, person: person, officer: found.officerNames)
            }
            shift = found
        } else {
            let unit = unit ?? ""
            guard configuration.tree[unit] != nil else { throw .unknownUnit(unit) }
            let open = roster.shifts(at: unit).filter { candidate in
                candidate.isWellFormed && candidate.start.addingTimeInterval(-lead.timeInterval) <= now && now < candidate.end
                    && (person.map { Self.isOfficer($0, of: candidate) || Self.isLeader($0, of: candidate) } ?? true)
            }
            guard let found = open.first(where: { records[$0.id]?.checkedInAt == nil || hasOpenSpotCheck($0.id, now: now) }) ?? open.first else {
                throw .noShiftNow(unit: unit, person: person)
            }
            shift = found
        }
        let target: DutyRole = person.map { !Self.isOfficer($0, of: shift) } == true ? .leaderOnDuty : .dutyOfficer
        var outcome = DutyOutcome()
        var record = records[shift.id] ?? ShiftRecord(shiftID: shift.id)
        if record.checkedInAt == nil, target == .dutyOfficer {
            record.checkedInAt = now
            record.checkedInBy = actor
            outcome.records.append(record)
            outcome.events.append(DutyEvent(shiftID: shift.id, time: now, actor: actor, action: .checkedIn))
            if record.missedCheckinAt != nil {
                let name = shift.dutyOfficers.first { $0.id == person || $0.name == person }?.name ?? shift.officerNames
                let note = "\(name)于\(Self.minute(now, clock))签到，迟到\(Self.minutesLate(shift, now))分钟"
                outcome.alertRequests.append(.resolve(kinds: [.missedCheckin], subject: AlertSubject(.shift, shift.id), actor: actor, note: note))
            }
        }
        for var check in spotChecks(of: shift.id) where check.state == .open && check.dueAt > now && check.target == target {
            check.confirmedAt = now
            check.confirmedBy = actor
            outcome.spotChecks.append(check)
            outcome.events.append(DutyEvent(shiftID: shift.id, time: now, actor: actor, action: .spotCheckConfirmed, spotCheck: check.id))
        }
        guard !outcome.isEmpty else {
            if target == .leaderOnDuty { throw .noSpotCheckOpen(shift: shift.id, person: person ?? "") }
            throw .alreadyCheckedIn(shift.id, by: record.checkedInBy, at: record.checkedInAt.map(clock.iso8601) ?? "")
        }
        apply(outcome)
        return (shift, outcome)
    }

    private func hasOpenSpotCheck(_ shiftID: String, now: Date) -> Bool {
        spotChecks(of: shiftID).contains { $0.state == .open && $0.dueAt > now }
    }

    /// The spot checks of a shift, by id.
    func spotChecks(of shiftID: String) -> [SpotCheck] {
        (spotCheckIDsByShift[shiftID] ?? []).compactMap { spotChecks[$0] }
    }

    private static func isOfficer(_ person: String, of shift: Shift) -> Bool {
        shift.dutyOfficers.contains { $0.id == person || $0.name == person }
    }

    private static func isLeader(_ person: String, of shift: Shift) -> Bool {
        shift.leaderOnDuty.map { $0.id == person || $0.name == person } ?? false
    }

    /// The deadline index for `configuration`, taken out of the book (so that handling deadlines
    /// does not copy it): the one built last if it still fits, else a new one.
    private mutating func takeDeadlines(for configuration: Configuration) -> DutyDeadlines {
        let settings = configuration.duty
        let seed = settings.spotCheckSeed ?? self.seed
        defer { deadlines = nil }
        if let deadlines, deadlines.isBuilt(for: configuration.roster, settings: settings, seed: seed) { return deadlines }
        return DutyDeadlines(
            roster: configuration.roster, settings: settings, seed: seed, after: watermark,
            openSpotChecks: spotChecks.values.filter { $0.state == .open })
    }

    /// What `entry` asks for, or nil when its record says it is no longer pending: its reminder,
    /// check-in or spot check already done.
    private func pending(_ entry: DutyDeadlines.Entry, in index: DutyDeadlines) -> Deadline? {
        guard entry.shift != .max else {
            return spotChecks[entry.slot]?.state == .open ? .spotCheckDue(entry.slot) : nil
        }
        let shift = index.roster.shifts[entry.shift]
        let record = records[shift.id]
        switch entry.slot {
        case 0:
            return record?.checkedInAt == nil && record?.remindedAt == nil ? .reminder(shift) : nil
        case 1:
            return record?.checkedInAt == nil && record?.missedCheckinAt == nil ? .checkinDue(shift) : nil
        default:
            let ordinal = Int(entry.slot) - 1
            return spotChecks(of: shift.id).contains { $0.ordinal == ordinal } ? nil : .randomSpotCheck(shift, ordinal: ordinal)
        }
    }

    private mutating func handle(
        _ deadline: Deadline, due: Date, now: Date, configuration: Configuration, clock: WallClock, into outcome: inout DutyOutcome
    ) {
        let settings = configuration.duty
        let late: Date? = due < now ? due : nil
        switch deadline {
        case .reminder(let shift):
            guard now < shift.start + settings.checkinGrace else { return }
            var record = records[shift.id] ?? ShiftRecord(shiftID: shift.id)
            record.remindedAt = now
            let event = DutyEvent(shiftID: shift.id, time: now, actor: ActorIdentity.daemon, action: .reminded, recipients: shift.dutyOfficers.map(\.id), dueAt: late)
            commit(record: record, event: event, into: &outcome)
        case .checkinDue(let shift):
            var record = records[shift.id] ?? ShiftRecord(shiftID: shift.id)
            guard record.checkedInAt == nil, record.missedCheckinAt == nil else { return }
            record.missedCheckinAt = now
            let summary = "\(shift.officerNames)未在\(Self.minute(due, clock))前签到（\(Self.minute(shift.start, clock))起的班次）"
            outcome.alertRequests.append(.raise(AlertRaise(
                kind: .missedCheckin, risk: nil, subject: AlertSubject(.shift, shift.id), unit: shift.unit, summary: summary,
                contacts: shift.contacts)))
            commit(record: record, event: nil, into: &outcome)
        case .randomSpotCheck(let shift, let ordinal):
            guard now < shift.end else { return }
            _ = request(shift, ordinal: ordinal, target: .dutyOfficer, actor: ActorIdentity.daemon, now: now, due: late, configuration: configuration, into: &outcome)
        case .spotCheckDue(let id):
            guard var check = spotChecks[id], check.state == .open, let shift = configuration.roster[check.shiftID] else { return }
            check.missedAt = now
            store(check)
            outcome.spotChecks.append(check)
            let summary = "抽查\(id)：\(check.names(on: shift))未在\(Self.minute(check.dueAt, clock))前确认在岗（脱岗）"
            outcome.alertRequests.append(absence(check, on: shift, summary: summary))
        }
    }

    private mutating func commit(record: ShiftRecord, event: DutyEvent?, into outcome: inout DutyOutcome) {
        records[record.shiftID] = record
        outcome.records.append(record)
        if let event { outcome.events.append(event) }
    }

    mutating func apply(_ outcome: DutyOutcome) {
        for record in outcome.records { records[record.shiftID] = record }
        for check in outcome.spotChecks { store(check) }
    }

    /// Keeps a new or changed spot check.
    mutating func store(_ check: SpotCheck) {
        if spotChecks.updateValue(check, forKey: check.id) == nil { spotCheckIDsByShift[check.shiftID, default: []].append(check.id) }
    }

    /// Whole minutes from the start of `shift` to `instant`, rounded up: how late a check-in is.
    public static func minutesLate(_ shift: Shift, _ instant: Date) -> Int {
        Int((instant.timeIntervalSince(shift.start) / 60).rounded(.up))
    }

    /// `10-01 08:15`.
    static func minute(_ instant: Date, _ clock: WallClock) -> String {
        String(clock.minuteStamp(instant).dropFirst(5).replacing("T", with: " "))
    }
}
