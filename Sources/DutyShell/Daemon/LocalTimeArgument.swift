import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// Reads a time given on the control socket: ISO 8601 with an offset, or the bureau's wall clock
/// as `2026-10-01T08:00`, `2026-10-01 08:00` or a date `2026-10-01` (its start, or with
/// `endOfDay` the start of the next day).
enum LocalTimeArgument {
    static func parse(_ text: String, clock: WallClock, endOfDay: Bool = false) -> Date? {
        if let instant = try? Date(text, strategy: .iso8601) { return instant }
        if let date = LocalDate(text) {
            return clock.instant(endOfDay ? date.adding(days: 1) : date, TimeOfDay(hour: 0, minute: 0)!)
        }
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let date = LocalDate(String(parts[0])), let time = TimeOfDay(String(parts[1])) else { return nil }
        return clock.instant(date, time)
    }

    /// The error for a parameter that is not such a time.
    static func invalid(_ parameter: String, _ text: String) -> VarlinkError {
        .invalidValue(parameter, phrase: Phrase("value.notTime", text))
    }
}
