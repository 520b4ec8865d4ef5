/// Who is reached at one escalation level.
public enum EscalationTarget: Sendable, Equatable {
    /// The person responsible for the item: duty officer, hazard owner or reporting unit's duty office.
    case responsible
    /// The duty officer of the current shift.
    case dutyOfficer
    /// The leader on duty (带班领导) of the current shift.
    case leaderOnDuty
    /// Holders of a contact role at the unit `up` levels above the item's unit.
    case contact(ContactRole, up: Int)
}

/// One rung of the escalation ladder.
public struct EscalationLevel: Sendable, Equatable {
    public var target: EscalationTarget
    /// How long this level has to acknowledge before the alert climbs.
    public var timeout: Duration

    public init(target: EscalationTarget, timeout: Duration) {
        self.target = target
        self.timeout = timeout
    }
}

/// How alerts of one kind (and optionally one risk level) climb the tree.
public struct EscalationPolicy: Sendable, Equatable {
    public var kind: AlertKind
    /// nil means every risk level not covered by a more specific policy.
    public var risk: RiskLevel?
    public var levels: [EscalationLevel]
    /// Re-notification interval once the top level is reached.
    public var repeatInterval: Duration
    /// After an acknowledgement, how long until an unresolved alert climbs again.
    public var resolveWithin: Duration
    /// Incidents only: the reporting rules (逐级上报 and its deadlines).
    public var reporting: IncidentReporting

    public init(
        kind: AlertKind, risk: RiskLevel?, levels: [EscalationLevel], repeatInterval: Duration, resolveWithin: Duration,
        reporting: IncidentReporting = IncidentReporting()
    ) {
        self.kind = kind
        self.risk = risk
        self.levels = levels
        self.repeatInterval = repeatInterval
        self.resolveWithin = resolveWithin
        self.reporting = reporting
    }
}

extension Array where Element == EscalationPolicy {
    /// The policy for an alert kind and risk: the exact match first, then the kind's catch-all.
    public func policy(for kind: AlertKind, risk: RiskLevel?) -> EscalationPolicy? {
        first { $0.kind == kind && $0.risk == risk && risk != nil } ?? first { $0.kind == kind && $0.risk == nil }
    }
}
