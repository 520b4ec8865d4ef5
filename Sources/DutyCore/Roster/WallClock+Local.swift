import Foundation

extension WallClock {
    /// The instant of `time` on `date` in the bureau's zone (the later reading in a repeated hour).
    public func instant(_ date: LocalDate, _ time: TimeOfDay) -> Date {
        calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: time.minutes / 60, minute: time.minutes % 60))!
    }

    /// The bureau's calendar date at `instant`.
    public func localDate(_ instant: Date) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `2026-10-01T08:00`, the local start that names a shift.
    public func minuteStamp(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let date = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        return "\(date)T\(TimeOfDay(hour: parts.hour!, minute: parts.minute!)!)"
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
