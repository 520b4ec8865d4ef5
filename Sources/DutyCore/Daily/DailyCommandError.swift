import DutyPhrases

/// Why a daily-report filing was refused; nothing was changed.
public enum DailyCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownUnit(String)
    case notInHolidayPeriod(LocalDate)
    /// The filing deadline of that day has passed (the deadline as `2026-10-01 16:00`).
    case deadlinePassed(unit: String, date: LocalDate, deadline: String)
    /// A note with nothing in it.
    case emptyNote

    /// The reason as a code and arguments, for a client to say in its user's language.
    public var phrase: Phrase {
        switch self {
        case .unknownUnit(let unit): Phrase("duty.unknownUnit", unit)
        case .notInHolidayPeriod(let date): Phrase("value.notHolidayDate", date.description)
        case .deadlinePassed(let unit, let date, let deadline): Phrase("daily.deadlinePassed", unit, date.description, deadline)
        case .emptyNote: Phrase("daily.emptyNote")
        }
    }

    public var description: String { phrase.english }
}
