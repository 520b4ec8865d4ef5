import Foundation

/// Finds the faults of hand-made rosters: uncovered holiday hours, hours without a leader on duty,
/// overlapping shifts and back-to-front shifts.
public enum RosterGaps {
    /// Every gap, by unit (in configuration order) and time. The units that must be staffed are
    /// `[duty] staffed_units`, or every unit named in a roster when that is empty; the holidays
    /// checked are those that some loaded shift falls in (a 国庆 roster is not judged against 春节).
    public static func find(in configuration: Configuration, unit filter: String? = nil) -> [RosterGap] {
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let roster = configuration.roster
        let rostered = Set(roster.shifts.map(\.unit))
        let staffed = Set(configuration.duty.staffedUnits.isEmpty ? Array(rostered) : configuration.duty.staffedUnits)
        let rosteredPeriods = Set(configuration.calendar.periods.filter { period in
            let window = (clock.instant(period.first, midnight), clock.instant(period.last.adding(days: 1), midnight))
            return roster.shifts.contains { $0.start < window.1 && $0.end > window.0 }
        }.map(\.name))
        var gaps: [RosterGap] = []
        for unit in configuration.tree.units.map(\.id) where filter.map({ configuration.tree.isWithin(unit, ancestor: $0) }) ?? true {
            let shifts = roster.shifts(at: unit)
            gaps += shifts.filter { !$0.isWellFormed }.map { RosterGap(kind: .backToFront, unit: unit, start: $0.start, end: $0.end, shifts: [$0.id]) }
            let valid = shifts.filter(\.isWellFormed)
            gaps += overlaps(valid, unit: unit)
            guard staffed.contains(unit) else { continue }
            for period in configuration.calendar.periods where rosteredPeriods.contains(period.name) {
                let window = (clock.instant(period.first, midnight), clock.instant(period.last.adding(days: 1), midnight))
                let empty = uncovered(window, by: valid)
                let unled = subtract(uncovered(window, by: valid.filter { $0.leaderOnDuty != nil }), empty)
                gaps += empty.map { RosterGap(kind: .noDutyOfficer, unit: unit, start: $0.0, end: $0.1, holiday: period.name) }
                gaps += unled.map { interval in
                    RosterGap(
                        kind: .noLeaderOnDuty, unit: unit, start: interval.0, end: interval.1,
                        shifts: valid.filter { $0.leaderOnDuty == nil && $0.start < interval.1 && interval.0 < $0.end }.map(\.id), holiday: period.name)
                }
            }
        }
        let unitOrder = Dictionary(configuration.tree.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return gaps.sorted { (unitOrder[$0.unit] ?? 0, $0.start, $0.kind.rawValue) < (unitOrder[$1.unit] ?? 0, $1.start, $1.kind.rawValue) }
    }

    private static let midnight = TimeOfDay(hour: 0, minute: 0)!

    typealias Interval = (Date, Date)

    /// Shifts that start before an earlier shift of the same unit has ended.
    private static func overlaps(_ shifts: [Shift], unit: String) -> [RosterGap] {
        var gaps: [RosterGap] = []
        var latest: Shift?
        for shift in shifts.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let previous = latest, shift.start < previous.end {
                gaps.append(RosterGap(kind: .overlap, unit: unit, start: shift.start, end: min(shift.end, previous.end), shifts: [previous.id, shift.id]))
            }
            if latest.map({ shift.end > $0.end }) ?? true { latest = shift }
        }
        return gaps
    }

    /// The parts of `window` that no shift covers, in order.
    private static func uncovered(_ window: Interval, by shifts: [Shift]) -> [Interval] {
        var result: [Interval] = []
        var cursor = window.0
        for shift in shifts.sorted(by: { $0.start < $1.start }) where shift.end > window.0 && shift.start < window.1 {
            if shift.start > cursor { result.append((cursor, shift.start)) }
            cursor = max(cursor, shift.end)
        }
        if cursor < window.1 { result.append((cursor, window.1)) }
        return result
    }

    /// The parts of `intervals` outside every interval of `removed` (both sorted and disjoint).
    private static func subtract(_ intervals: [Interval], _ removed: [Interval]) -> [Interval] {
        intervals.flatMap { interval -> [Interval] in
            var pieces: [Interval] = []
            var cursor = interval.0
            for cut in removed where cut.1 > cursor && cut.0 < interval.1 {
                if cut.0 > cursor { pieces.append((cursor, cut.0)) }
                cursor = max(cursor, cut.1)
            }
            if cursor < interval.1 { pieces.append((cursor, interval.1)) }
            return pieces
        }
    }
}
