import Foundation

/// One person's duty time in one role over a span, as allowances are paid: all hours, night hours
/// (20:00 to 08:00) and hours on holiday days (days off of a holiday period) counted separately.
public struct DutyHours: Sendable, Equatable {
    /// The `[[people]]` id.
    public var person: String
    public var name: String
    public var role: DutyRole
    public var shifts: Int
    public var hours: Double
    public var nightHours: Double
    public var holidayHours: Double

    public init(person: String, name: String, role: DutyRole, shifts: Int = 0, hours: Double = 0, nightHours: Double = 0, holidayHours: Double = 0) {
        self.person = person
        self.name = name
        self.role = role
        self.shifts = shifts
        self.hours = hours
        self.nightHours = nightHours
        self.holidayHours = holidayHours
    }

    /// Night hours begin at 20:00 and end at 08:00, the default 夜班.
    public static let nightStart = TimeOfDay(hour: 20, minute: 0)!
    public static let nightEnd = TimeOfDay(hour: 8, minute: 0)!

    /// The hours of the shifts of `units` (all when nil) within `from..<to`, per person and role:
    /// duty officers first, then leaders on duty, each by person id. A shift is counted in part
    /// when it crosses `from` or `to`.
    public static func report(
        roster: Roster, calendar: HolidayCalendar, clock: WallClock, from: Date, to: Date, units: Set<String>? = nil
    ) -> [DutyHours] {
        var rows: [String: DutyHours] = [:]
        for shift in roster.shifts(units: units, from: from, to: to) where shift.isWellFormed {
            let start = max(shift.start, from)
            let end = min(shift.end, to)
            guard start < end else { continue }
            let (night, holiday) = split(start, end, calendar: calendar, clock: clock)
            let hours = end.timeIntervalSince(start) / 3_600
            for (person, role) in shift.staff {
                let key = "\(role.rawValue)/\(person.id)"
                var row = rows[key] ?? DutyHours(person: person.id, name: person.name, role: role)
                row.shifts += 1
                row.hours += hours
                row.nightHours += night
                row.holidayHours += holiday
                rows[key] = row
            }
        }
        return rows.values.sorted { ($0.role == .leaderOnDuty ? 1 : 0, $0.person) < ($1.role == .leaderOnDuty ? 1 : 0, $1.person) }
    }

    /// The night hours and holiday hours of `start..<end`, walked from one local midnight, 08:00
    /// or 20:00 to the next.
    static func split(_ start: Date, _ end: Date, calendar: HolidayCalendar, clock: WallClock) -> (night: Double, holiday: Double) {
        var (night, holiday) = (0.0, 0.0)
        var cursor = start
        while cursor < end {
            let date = clock.localDate(cursor)
            let marks = [clock.instant(date, nightEnd), clock.instant(date, nightStart), clock.instant(date.adding(days: 1), TimeOfDay(hour: 0, minute: 0)!)]
            let next = min(marks.first { $0 > cursor } ?? end, end)
            let hours = next.timeIntervalSince(cursor) / 3_600
            if cursor < marks[0] || cursor >= marks[1] { night += hours }
            if calendar.periods.contains(where: { $0.contains(date) }) { holiday += hours }
            cursor = next
        }
        return (night, holiday)
    }
}
