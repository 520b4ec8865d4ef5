import DutyCore
import Foundation

/// Commands that change shifts: each applies its change and hands it to the group commit (`commit`). Call on `queue`.
extension Daemon {
    func checkIn(shiftID: String?, unit: String?, person: String?, actor: String) -> Result<(Shift, DutyOutcome), DutyCommandError> {
        let now = Date.nowToTheMillisecond()
        return Result { () throws(DutyCommandError) in
            let (shift, outcome) = try duty.checkIn(shiftID: shiftID, unit: unit, person: person, actor: actor, now: now, configuration: loaded.configuration)
            commitDuty(outcome)
            return (shift, outcome)
        }
    }

    func spotCheck(unit: String, actor: String) -> Result<(Shift, SpotCheck), DutyCommandError> {
        let now = Date.nowToTheMillisecond()
        return Result { () throws(DutyCommandError) in
            let (shift, check, outcome) = try duty.spotCheck(unit: unit, actor: actor, now: now, configuration: loaded.configuration)
            commitDuty(outcome)
            return (shift, check)
        }
    }

    private func commitDuty(_ outcome: DutyOutcome) {
        var change = StateChange()
        change.duty = outcome
        commit(change)
    }
}
