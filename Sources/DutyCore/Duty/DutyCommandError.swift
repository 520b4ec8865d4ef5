import DutyPhrases
import Foundation

/// Why a check-in or spot check was refused; nothing was changed.
public enum DutyCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownShift(String)
    case unknownUnit(String)
    /// No shift of the unit (with that officer) is open for check-in now.
    case noShiftNow(unit: String, person: String?)
    /// The shift is not open for check-in: too early or over.
    case notCurrent(String, opens: String, ends: String)
    case notTheDutyOfficer(shift: String, person: String, officer: String)
    case alreadyCheckedIn(String, by: ActorIdentity?, at: String)
    case nobodyOnDuty(String)
    case spotCheckOpen(shift: String, id: Int64)
    /// The leader on duty confirmed, but no spot check of the shift targets the leader.
    case noSpotCheckOpen(shift: String, person: String)
    /// A spot check of the leader on duty, at a shift whose roster names none.
    case noLeaderOnDuty(shift: String)

    /// The reason as a code and arguments, for a client to say in its user's language.
    public var phrase: Phrase {
        switch self {
        case .unknownShift(let id): Phrase("duty.unknownShift", id)
        case .unknownUnit(let unit): Phrase("duty.unknownUnit", unit)
        case .noShiftNow(let unit, let person?): Phrase("duty.noShiftNowFor", unit, person)
        case .noShiftNow(let unit, nil): Phrase("duty.noShiftNow", unit)
        case .notCurrent(let id, let opens, let ends): Phrase("duty.notCurrent", id, opens, ends)
        case .notTheDutyOfficer(let shift, let person, let officer): Phrase("duty.notTheDutyOfficer", shift, person, officer)
        case .alreadyCheckedIn(let id, let by?, let at): Phrase("duty.alreadyCheckedInBy", id, "\(by)", at)
        case .alreadyCheckedIn(let id, nil, let at): Phrase("duty.alreadyCheckedIn", id, at)
        case .nobodyOnDuty(let unit): Phrase("duty.nobodyOnDuty", unit)
        case .spotCheckOpen(let shift, let id): Phrase("duty.spotCheckOpen", shift, String(id))
        case .noSpotCheckOpen(let shift, let person): Phrase("duty.noSpotCheckOpen", shift, person)
        case .noLeaderOnDuty(let shift): Phrase("duty.noLeaderOnDuty", shift)
        }
    }

    public var description: String { phrase.english }
}
