/// The rungs of a policy that an alert at a given unit can actually reach, and who sits on each.
///
/// A rung naming a unit above the top of the tree is dropped (with every rung after it, since
/// rungs only climb); the last remaining rung is the top, where the alert is re-notified.
public struct EscalationLadder: Sendable, Equatable {
    public let policy: EscalationPolicy
    public let levels: [EscalationLevel]

    public init(policy: EscalationPolicy, unit: String, tree: OrgTree) {
        self.policy = policy
        let reachable = policy.levels.prefix { level in
            if case .contact(_, let up) = level.target { tree.ancestor(of: unit, steps: up) != nil } else { true }
        }
        levels = reachable.isEmpty ? Array(policy.levels.prefix(1)) : Array(reachable)
    }

    /// The ladder `alert` climbs under `configuration`: its kind's policy (for its risk if one
    /// is set), else an hourly re-notification of the person responsible.
    public init(for alert: Alert, _ configuration: Configuration) {
        let policy = configuration.policies.policy(for: alert.kind, risk: alert.risk)
            ?? EscalationPolicy(kind: alert.kind, risk: nil, levels: [EscalationLevel(target: .responsible, timeout: .seconds(3_600))], repeatInterval: .seconds(3_600), resolveWithin: .seconds(86_400))
        self.init(policy: policy, unit: alert.unit, tree: configuration.tree)
    }

    /// The highest level index.
    public var top: Int { levels.count - 1 }

    /// How long a level has before the alert climbs (the top level's own timeout first, then `repeat`);
    /// below the top, an incident policy's `phone_within` when it is shorter.
    public func timeout(at level: Int) -> Duration {
        let own = levels[min(level, top)].timeout
        guard level < top, let phone = policy.reporting.phoneWithin else { return own }
        return min(own, phone)
    }

    /// The unit whose people are reached at `level` for `alert`: the alert's own unit for the
    /// responsible person and those on duty, else the ancestor the level names.
    public func unit(at level: Int, for alert: Alert, tree: OrgTree) -> OrgUnit? {
        switch levels[min(level, top)].target {
        case .responsible, .dutyOfficer, .leaderOnDuty: tree[alert.unit]
        case .contact(_, let up): tree.ancestor(of: alert.unit, steps: up)
        }
    }

    /// Person ids reached at `level` for `alert`.
    public func recipients(at level: Int, for alert: Alert, tree: OrgTree) -> [String] {
        switch levels[min(level, top)].target {
        case .responsible: alert.contacts.responsible
        case .dutyOfficer: alert.contacts.dutyOfficer
        case .leaderOnDuty: alert.contacts.leaderOnDuty
        case .contact(let role, let up): tree.ancestor(of: alert.unit, steps: up)?.contacts[role] ?? []
        }
    }
}
