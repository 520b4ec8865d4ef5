/// A wall-clock time of day, to the minute.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0 to 1439.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Reads `08:00`, `8:00`, `8:00:00` or `8点`/`8时`; `24:00` is not a time of day.
    public init?(_ text: String) {
        var trimmed = String(text.trimmingSpaces)
        if trimmed.hasSuffix("点") || trimmed.hasSuffix("时") { trimmed = String(trimmed.dropLast()) + ":00" }
        let parts = trimmed.replacing("：", with: ":").split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), parts.count == 2 || parts[2] == "00"
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// `08:00`.
    public var description: String { "\(LocalDate.two(minutes / 60)):\(LocalDate.two(minutes % 60))" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// The start and end of a shift as written in a roster, e.g. `08:00-20:00`; an end at or before
/// the start is on the next day (`20:00-08:00` is a night shift, `08:00-08:00` a 24-hour one).
public struct ShiftHours: Hashable, Sendable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Reads `08:00-20:00`, also with `—`, `–`, `~`, `～` or `至` between the times; the end may say
    /// `次日` (or `翌日`), the next day: `8:00-次日8:00`, `20:00—次日8:00`; `24:00` ends at midnight.
    /// `次日` on an end after the start (a shift over 24 hours) is refused.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { "-—–~～至".contains($0) })
        guard parts.count == 2, let start = TimeOfDay(String(parts[0])) else { return nil }
        var endText = CSVCellText.trimmed(String(parts[1]))
        let nextDay = endText.hasPrefix("次日") || endText.hasPrefix("翌日")
        if nextDay { endText.removeFirst(2) }
        let end = ["24:00", "24点", "24时"].contains(endText) ? TimeOfDay(hour: 0, minute: 0) : TimeOfDay(endText)
        guard let end, !nextDay || end <= start else { return nil }
        self.init(start: start, end: end)
    }

    public var description: String { "\(start)-\(end)" }
}
