import Foundation

/// Formats instants as the bureau's wall-clock time in its configured zone.
public struct WallClock: Sendable {
    public let timeZone: TimeZone

    /// Seconds from 1970 beyond which a date is formatted by Foundation rather than by hand.
    private static let tenThousandYears = 253_402_300_800.0

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
        guard abs(date.timeIntervalSince1970) < Self.tenThousandYears else {
            return date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone))
        }
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let days = local.quotientRoundingDown(by: 86_400)
        let time = local - days * 86_400
        let localDate = LocalDate(daysSinceEpoch: Int(days))
        let (year, month, day) = (localDate.year, localDate.month, localDate.day)
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
