import Foundation

/// Formats instants as the bureau's wall-clock time in its configured zone.
public struct WallClock: Sendable {
    public let timeZone: TimeZone

    /// The clock for an IANA zone name; falls back to UTC for an unknown name (configurations are validated first).
    public init(zoneIdentifier: String) {
        timeZone = TimeZone(identifier: zoneIdentifier) ?? .gmt
    }

    /// ISO 8601 with the zone's offset, e.g. `2026-10-01T08:00:00+08:00`, as used on the control socket.
    ///
    /// Written by hand (the replies and journal entries of every request have several), the same
    /// text as `Date.ISO8601FormatStyle`, which formats only the rare instants this does not:
    /// offsets of zero (`Z`) or with seconds, and years outside 1 to 9999.
    public func iso8601(_ date: Date) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let days = local.quotientRoundingDown(by: 86_400)
        let time = local - days * 86_400
        let (year, month, day) = Self.civil(daysSince1970: days)
        guard offset != 0, offset % 60 == 0, (1...9999).contains(year) else {
            return date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone))
        }
        let minutes = abs(offset) / 60
        var text = ""
        text.reserveCapacity(25)
        text += Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
        text += "T" + Self.digits(Int(time / 3600), 2) + ":" + Self.digits(Int(time / 60 % 60), 2) + ":" + Self.digits(Int(time % 60), 2)
        text += (offset < 0 ? "-" : "+") + Self.digits(minutes / 60, 2) + ":" + Self.digits(minutes % 60, 2)
        return text
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(daysSince1970 days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = z.quotientRoundingDown(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), Int(month), Int(day))
    }

    /// `value` in decimal, zero-padded to `width` digits.
    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count < width ? String(repeating: "0", count: width - text.count) + text : text
    }

    /// A short local time for status lines, e.g. `2026-10-01 08:00:00`.
    public func readable(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}

extension Int64 {
    /// The quotient rounded toward negative infinity.
    fileprivate func quotientRoundingDown(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
