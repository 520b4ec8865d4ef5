import Foundation

/// Formats instants as the bureau's wall-clock time in its configured zone.
public struct WallClock: Sendable {
    public let timeZone: TimeZone

    /// The clock for an IANA zone name; falls back to UTC for an unknown name (configurations are validated first).
    public init(zoneIdentifier: String) {
        timeZone = TimeZone(identifier: zoneIdentifier) ?? .gmt
    }

    /// ISO 8601 with the zone's offset, e.g. `2026-10-01T08:00:00+08:00`, as used on the control socket.
    public func iso8601(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone))
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
