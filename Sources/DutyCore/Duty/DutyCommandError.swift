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
    case alreadyCheckedIn(String, by: String, at: String)
    case nobodyOnDuty(String)
    case spotCheckOpen(shift: String, id: Int64)
    /// The leader on duty confirmed, but no spot check of the shift targets the leader.
    case noSpotCheckOpen(shift: String, person: String)
    /// A spot check of the leader on duty, at a shift whose roster names none.
    case noLeaderOnDuty(shift: String)

    public var description: String {
        switch self {
        case .unknownShift(let id): "no shift has id \"\(id)\""
        case .unknownUnit(let unit): "no unit has id \"\(unit)\""
        case .noShiftNow(let unit, let person?): "\(person) has no shift at \(unit) open for check-in now"
        case .noShiftNow(let unit, nil): "no shift at \(unit) is open for check-in now"
        case .notCurrent(let id, let opens, let ends): "shift \(id) is open for check-in from \(opens) until \(ends) only"
        case .notTheDutyOfficer(let shift, let person, let officer): "\(person) is not the duty officer of shift \(shift) (\(officer) is)"
        case .alreadyCheckedIn(let id, let by, let at): "shift \(id) was already checked in by \(by) at \(at), and no spot check is open"
        case .nobodyOnDuty(let unit): "nobody is on duty at \(unit) now: no shift covers this time"
        case .spotCheckOpen(let shift, let id): "spot check \(id) of shift \(shift) is still open"
        case .noSpotCheckOpen(let shift, let person): "no spot check of shift \(shift) asks \(person) to confirm presence now"
        case .noLeaderOnDuty(let shift): "shift \(shift) has no leader on duty (带班领导) in the roster"
        }
    }
}
