/// A part someone has on a shift: the duty officer (值班人员) or the leader on duty (带班领导).
public enum DutyRole: String, Sendable, CaseIterable {
    case dutyOfficer = "duty_officer"
    case leaderOnDuty = "leader_on_duty"
}

extension Shift {
    /// Everyone on the shift with their part: each duty officer, then the leader on duty if any.
    public var staff: [(person: DutyPerson, role: DutyRole)] {
        dutyOfficers.map { ($0, DutyRole.dutyOfficer) } + (leaderOnDuty.map { [($0, DutyRole.leaderOnDuty)] } ?? [])
    }
}
