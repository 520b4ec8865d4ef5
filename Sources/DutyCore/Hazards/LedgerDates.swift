import Foundation

/// Reads and writes the deadlines of ledgers (整改时限) in the bureau's zone.
///
/// A date alone (`2026-09-20`, `2026/9/20`, `2026年9月20日`) means the end of that day,
/// 23:59:59; a time may follow (`2026-09-20 18:00`).
public enum LedgerDates {
    /// The deadline, or nil when the text is not a date.
    public static func parse(_ text: String, clock: WallClock) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard (1...2).contains(parts.count) else { return nil }
        let dateNumbers = parts[0].split(whereSeparator: { "-/.年月日".contains($0) }).map { Int($0) }
        guard dateNumbers.count == 3, let year = dateNumbers[0], let month = dateNumbers[1], let day = dateNumbers[2],
            (2000...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var (hour, minute, second) = (23, 59, 59)
        if parts.count == 2 {
            let time = parts[1].split(separator: ":").map { Int($0) }
            guard time.count == 2, let h = time[0], let m = time[1], (0...23).contains(h), (0...59).contains(m) else { return nil }
            (hour, minute, second) = (h, m, 0)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: start) == day
        else { return nil }
        return start.addingTimeInterval(Double(hour * 3_600 + minute * 60 + second))
    }

    /// `2026-09-20` for the end of that day, else `2026-09-20 18:00`.
    public static func format(_ date: Date, clock: WallClock) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let day = "\(parts.year!)-\(two(parts.month!))-\(two(parts.day!))"
        if parts.hour == 23 && parts.minute == 59 && parts.second == 59 { return day }
        return "\(day) \(two(parts.hour!)):\(two(parts.minute!))"
    }
}
