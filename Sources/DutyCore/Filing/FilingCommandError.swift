import DutyPhrases

/// Why a roster filing was refused; nothing was changed.
public enum FilingCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownUnit(String)
    case unknownPeriod(String)
    /// No holiday period is current or ahead.
    case noPeriod
    /// The unit keeps no holiday roster (`[duty] staffed_units`, or the units in the rosters).
    case notStaffed(String)

    public var phrase: Phrase {
        switch self {
        case .unknownUnit(let unit): Phrase("duty.unknownUnit", unit)
        case .unknownPeriod(let name): Phrase("filing.unknownPeriod", name)
        case .noPeriod: Phrase("filing.noPeriod")
        case .notStaffed(let unit): Phrase("filing.notStaffed", unit)
        }
    }

    public var description: String { phrase.english }
}
