import Foundation

/// One unit's holiday roster filing (报备) for one holiday period: when and by whom it was
/// filed, and when its `roster_not_filed` alert was raised if it was not filed by the deadline.
public struct RosterFiling: Sendable, Equatable {
    public var unit: String
    /// The holiday period's name, as in the calendar.
    public var period: String
    public var filedAt: Date?
    public var filedBy: ActorIdentity?
    public var missedAt: Date?

    public init(unit: String, period: String, filedAt: Date? = nil, filedBy: ActorIdentity? = nil, missedAt: Date? = nil) {
        self.unit = unit
        self.period = period
        self.filedAt = filedAt
        self.filedBy = filedBy
        self.missedAt = missedAt
    }

    /// `roster:dg-sy/国庆节`: the subject of its alert and history.
    public var subject: AlertSubject { AlertSubject(.roster, "\(unit)/\(period)") }
}

/// A roster filed (报备), as recorded in the history and the journal.
public struct FilingEvent: Sendable, Equatable {
    public var filing: RosterFiling
    public var time: Date
    public var actor: ActorIdentity
    /// Whether it came after the deadline (its alert was raised).
    public var late: Bool

    public init(filing: RosterFiling, time: Date, actor: ActorIdentity, late: Bool) {
        self.filing = filing
        self.time = time
        self.actor = actor
        self.late = late
    }
}
