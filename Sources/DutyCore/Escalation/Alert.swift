import Foundation

/// An alert: something overdue or unacknowledged that climbs the organisation tree until handled.
public struct Alert: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var kind: AlertKind
    /// The hazard's risk level or the incident's severity; nil for shift alerts.
    public var risk: RiskLevel?
    public var subject: AlertSubject
    /// The unit the item belongs to; escalation climbs from here.
    public var unit: String
    public var summary: String
    public var contacts: SubjectContacts
    public var state: AlertState
    /// 0 is the person responsible; each further level is the next rung of the policy's ladder.
    public var level: Int
    public var raisedAt: Date
    /// When it next climbs or is re-notified (or, acknowledged, its resolve-by deadline); nil once resolved.
    public var nextDueAt: Date?
    public var acknowledgedBy: ActorIdentity?
    public var acknowledgedAt: Date?
    public var resolvedAt: Date?

    public init(
        id: Int64, kind: AlertKind, risk: RiskLevel?, subject: AlertSubject, unit: String, summary: String,
        contacts: SubjectContacts, state: AlertState = .triggered, level: Int = 0, raisedAt: Date, nextDueAt: Date?,
        acknowledgedBy: ActorIdentity? = nil, acknowledgedAt: Date? = nil, resolvedAt: Date? = nil
    ) {
        self.id = id
        self.kind = kind
        self.risk = risk
        self.subject = subject
        self.unit = unit
        self.summary = summary
        self.contacts = contacts
        self.state = state
        self.level = level
        self.raisedAt = raisedAt
        self.nextDueAt = nextDueAt
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.resolvedAt = resolvedAt
    }
}
