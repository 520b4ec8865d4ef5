import Foundation

extension DailyReport {
    /// The report of unit `id` for `date` from the books of `state` as they stand at `now`.
    /// `filings` are what units filed (any unit, any day); `followUps` the times of each
    /// incident's follow-ups (kept in the history, not the books). Refused for an unknown unit or
    /// a date in no holiday period.
    public static func assemble(
        unit id: String, date: LocalDate, state: DutyState, filings: [DailyFiling], followUps: [String: [Date]], now: Date
    ) throws(DailyReportError) -> DailyReport {
        let configuration = state.configuration
        guard let unit = configuration.tree[id] else { throw .unknownUnit(id) }
        guard let period = configuration.calendar.periods.first(where: { $0.contains(date) }) else { throw .notInHolidayPeriod(date) }
        let clock = state.clock
        let midnight = TimeOfDay(hour: 0, minute: 0)!
        let subtree = configuration.tree.depthFirst(from: id)
        let lines = DailyLines(
            units: Set(subtree.map(\.unit.id)), start: clock.instant(date, midnight), end: clock.instant(date.adding(days: 1), midnight),
            state: state, followUps: followUps, now: now)
        var sums: [String: DailyFigures] = [:]
        for (member, _) in subtree.reversed() {
            let sum = (sums[member.id] ?? DailyFigures()) + (lines.figures[member.id] ?? DailyFigures())
            sums[member.id] = sum
            if let parent = member.parent, member.id != id { sums[parent] = (sums[parent] ?? DailyFigures()) + sum }
        }
        let filed = Dictionary(filings.filter { $0.date == date }.map { ($0.unit, $0) }, uniquingKeysWith: { _, last in last })
        let children = subtree.filter { $0.depth == 1 }.map { child in
            ChildLine(unit: child.unit, figures: sums[child.unit.id] ?? DailyFigures(), filing: filed[child.unit.id])
        }
        return DailyReport(
            unit: unit, date: date, period: period.name, shifts: lines.shifts[id] ?? [], spotChecks: lines.spotChecks[id] ?? [],
            incidents: lines.incidents[id] ?? [], own: lines.figures[id] ?? DailyFigures(), filing: filed[id], children: children)
    }
}
