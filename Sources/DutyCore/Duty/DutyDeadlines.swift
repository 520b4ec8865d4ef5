import Foundation
import HeapModule

/// The duty engine's deadlines ordered by time, so a check pops only what is due: each shift's
/// reminder, check-in limit and random spot checks, and each open spot check's time limit.
///
/// Built once for a roster, `[duty]` settings and seed. Entries are not removed when a record
/// changes (a check-in makes the shift's reminder moot): the book skips, and counts, those no
/// longer pending when they surface.
struct DutyDeadlines: Sendable {
    /// One deadline. Deadlines at the same time come in roster order, each shift's reminder,
    /// check-in and spot checks in that order, and spot-check time limits last, by id.
    struct Entry: Comparable, Sendable {
        var time: Date
        /// The shift's position in the roster, or `Int.max` for a spot check's time limit.
        var shift: Int
        /// 0 for the reminder, 1 for the check-in, 1 + n for the n-th random spot check; the spot
        /// check's id for its time limit.
        var slot: Int64

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.time, lhs.shift, lhs.slot) < (rhs.time, rhs.shift, rhs.slot)
        }

        static func spotCheckDue(_ check: SpotCheck) -> Entry {
            Entry(time: check.dueAt, shift: .max, slot: check.id)
        }
    }

    /// What the deadlines depend on besides the roster.
    private struct Timing: Equatable, Sendable {
        var reminderLead, checkinGrace, spotCheckWindow: Duration
        var spotChecksPerShift: Int
        var seed: UInt64

        init(_ settings: DutySettings, seed: UInt64) {
            (reminderLead, checkinGrace, spotCheckWindow) = (settings.reminderLead, settings.checkinGrace, settings.spotCheckWindow)
            spotChecksPerShift = settings.spotChecksPerShift
            self.seed = seed
        }
    }

    /// The roster the index was built for.
    let roster: Roster
    private let timing: Timing
    private var heap: Heap<Entry>

    /// Every deadline of the roster's well-formed shifts after `watermark`, and the time limits of `openSpotChecks`.
    init(roster: Roster, settings: DutySettings, seed: UInt64, after watermark: Date, openSpotChecks: [SpotCheck]) {
        self.roster = roster
        timing = Timing(settings, seed: seed)
        var entries = openSpotChecks.map(Entry.spotCheckDue)
        for (position, shift) in roster.shifts.enumerated() where shift.isWellFormed && shift.end > watermark {
            let reminder = shift.start.addingTimeInterval(-settings.reminderLead.timeInterval)
            let checkin = shift.start + settings.checkinGrace
            let spotChecks = SpotCheckSchedule.times(for: shift, count: settings.spotChecksPerShift, seed: seed, settings: settings)
            for (slot, time) in zip(0..., [reminder, checkin] + spotChecks) where time > watermark {
                entries.append(Entry(time: time, shift: position, slot: Int64(slot)))
            }
        }
        heap = Heap(entries)
    }

    /// Whether the index was built for this roster (the same loaded one), these settings and this seed.
    func isBuilt(for roster: Roster, settings: DutySettings, seed: UInt64) -> Bool {
        self.roster.isIdentical(to: roster) && timing == Timing(settings, seed: seed)
    }

    /// Adds a deadline.
    mutating func insert(_ entry: Entry) {
        heap.insert(entry)
    }

    /// The earliest entry, if any.
    var earliest: Entry? { heap.min }

    /// Removes and returns the earliest entry if it is due at or before `now`.
    mutating func popDue(at now: Date) -> Entry? {
        guard let first = heap.min, first.time <= now else { return nil }
        return heap.removeMin()
    }

    /// Drops the earliest entry (one no longer pending).
    mutating func dropEarliest() {
        _ = heap.popMin()
    }
}
