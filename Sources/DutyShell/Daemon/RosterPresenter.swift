import DutyCore
import DutyProtocol
import Foundation

/// Turns shifts, spot checks and gaps into the control interface's types.
struct RosterPresenter {
    let configuration: Configuration
    let clock: WallClock
    let duty: DutyBook

    func info(_ shift: Shift, now: Date) -> ShiftInfo {
        let record = duty.records[shift.id]
        let status: String =
            if let checkedIn = record?.checkedInAt { checkedIn > shift.start + configuration.duty.checkinGrace ? "late" : "checked_in" }
            else if now < shift.start { "upcoming" }
            else if record?.missedCheckinAt != nil { "missed_check_in" }
            else if now >= shift.end { "ended" }
            else { "awaiting_check_in" }
        return ShiftInfo(
            id: shift.id, unit: shift.unit, unitName: unitName(shift.unit), start: clock.iso8601(shift.start), end: clock.iso8601(shift.end),
            dutyOfficer: person(shift.dutyOfficer), otherDutyOfficers: shift.otherOfficers.map(person), leaderOnDuty: shift.leaderOnDuty.map(person), status: status,
            checkedInAt: record?.checkedInAt.map(clock.iso8601), checkedInBy: record?.checkedInBy?.description)
    }

    func info(_ check: SpotCheck) -> SpotCheckInfo {
        SpotCheckInfo(
            id: check.id, shift: check.shiftID, state: check.state.rawValue, target: check.target.rawValue, requestedAt: clock.iso8601(check.requestedAt),
            requestedBy: check.requestedBy.description, dueAt: clock.iso8601(check.dueAt), confirmedAt: check.confirmedAt.map(clock.iso8601),
            method: check.report?.method.rawValue, phone: check.report?.phone, outcome: check.report?.outcome.rawValue, note: check.report?.note)
    }

    func info(_ gap: RosterGap) -> RosterGapInfo {
        RosterGapInfo(
            kind: gap.kind.rawValue, unit: gap.unit, unitName: unitName(gap.unit), start: clock.iso8601(gap.start), end: clock.iso8601(gap.end),
            hours: (gap.hours * 100).rounded() / 100, shifts: gap.shifts, holiday: gap.holiday)
    }

    private func unitName(_ id: String) -> String {
        configuration.tree[id]?.name ?? id
    }

    private func person(_ person: DutyPerson) -> RecipientInfo {
        RecipientInfo(id: person.id, name: person.name, phone: person.phone)
    }
}
