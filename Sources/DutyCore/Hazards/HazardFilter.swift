import Foundation

/// Which hazards a query wants.
public struct HazardFilter: Sendable, Equatable {
    /// A unit id: the unit and everything below it.
    public var unit: String?
    /// nil: every status.
    public var statuses: Set<HazardStatus>?
    public var risk: RiskLevel?
    /// Only hazards past their deadline and not reported rectified.
    public var overdueOnly: Bool

    public init(unit: String? = nil, statuses: Set<HazardStatus>? = nil, risk: RiskLevel? = nil, overdueOnly: Bool = false) {
        self.unit = unit
        self.statuses = statuses
        self.risk = risk
        self.overdueOnly = overdueOnly
    }

    /// Whether `hazard` is wanted at `now` (overdue depends on the time).
    public func matches(_ hazard: Hazard, tree: OrgTree, now: Date) -> Bool {
        statuses.map { $0.contains(hazard.status) } ?? true
            && risk.map { $0 == hazard.risk } ?? true
            && (!overdueOnly || hazard.isOverdue(at: now))
            && unit.map { tree.isWithin(hazard.unit, ancestor: $0) } ?? true
    }
}
