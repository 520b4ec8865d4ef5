import Foundation

/// A request to the duty officer (or the leader on duty) to confirm presence at the post within a
/// time limit (电话抽查), with what the checker found when the check was made by hand.
public struct SpotCheck: Sendable, Equatable, Identifiable {
    /// Where a spot check is in its life.
    public enum State: String, Sendable, CaseIterable {
        /// Waiting for the officer.
        case open
        /// The officer confirmed in time.
        case confirmed
        /// Not confirmed in time: an absent-from-post alert was raised.
        case missed
    }

    public var id: Int64
    public var shiftID: String
    /// 1, 2, … for the random spot checks of a shift; nil for one asked for with `dutyctl spotcheck`.
    public var ordinal: Int?
    public var requestedAt: Date
    public var requestedBy: ActorIdentity
    public var dueAt: Date
    public var confirmedAt: Date?
    public var confirmedBy: ActorIdentity?
    public var missedAt: Date?
    public var target: DutyRole
    /// Method, number, outcome and note as the checker recorded them; nil for a request to confirm.
    public var report: SpotCheckReport?

    public init(
        id: Int64, shiftID: String, ordinal: Int?, requestedAt: Date, requestedBy: ActorIdentity, dueAt: Date, confirmedAt: Date? = nil,
        confirmedBy: ActorIdentity? = nil, missedAt: Date? = nil, target: DutyRole = .dutyOfficer, report: SpotCheckReport? = nil
    ) {
        self.id = id
        self.shiftID = shiftID
        self.ordinal = ordinal
        self.requestedAt = requestedAt
        self.requestedBy = requestedBy
        self.dueAt = dueAt
        self.confirmedAt = confirmedAt
        self.confirmedBy = confirmedBy
        self.missedAt = missedAt
        self.target = target
        self.report = report
    }

    /// The person the check is about on `shift`: the leader on duty, or the first duty officer.
    public func person(on shift: Shift) -> DutyPerson {
        target == .leaderOnDuty ? shift.leaderOnDuty ?? shift.dutyOfficer : shift.dutyOfficer
    }

    /// Everyone the check asks to confirm on `shift`: the leader on duty, or every duty officer.
    public func persons(on shift: Shift) -> [DutyPerson] {
        target == .leaderOnDuty ? [person(on: shift)] : shift.dutyOfficers
    }

    /// The names of ``persons(on:)``, joined with 、.
    public func names(on shift: Shift) -> String {
        persons(on: shift).map(\.name).joined(separator: "、")
    }

    public var state: State {
        if confirmedAt != nil { return .confirmed }
        return missedAt != nil ? .missed : .open
    }
}
