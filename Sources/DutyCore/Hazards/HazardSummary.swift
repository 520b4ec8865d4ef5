import Foundation

/// The roll-up bureaus report upward: for each unit, counts over the hazards of its whole subtree.
public struct HazardSummary: Sendable, Equatable {
    /// The figures of one unit and everything below it.
    public struct Figures: Sendable, Equatable {
        public var unit: String
        /// 0 for the unit asked about, 1 for its children, …
        public var depth: Int
        public var total = 0
        public var byRisk: [RiskLevel: Int] = [:]
        public var byStatus: [HazardStatus: Int] = [:]
        /// Past the deadline and not reported rectified.
        public var overdue = 0
        /// Reported rectified within the period (and not reopened since).
        public var rectifiedInPeriod = 0
        /// Verified and closed within the period.
        public var closedInPeriod = 0

        /// 整改率: the share of the hazards reported rectified (rectified or closed), nil without hazards.
        public var rectificationRate: Double? {
            guard total > 0 else { return nil }
            return Double((byStatus[.rectified] ?? 0) + (byStatus[.closed] ?? 0)) / Double(total)
        }

        init(unit: String, depth: Int) {
            self.unit = unit
            self.depth = depth
        }
    }

    /// The period's start; the period ends at `now`.
    public var since: Date
    public var now: Date
    /// The unit asked about first, then its subtree depth first in configuration order.
    public var units: [Figures]

    /// Counts `hazards` for `root` (every root of the tree when nil) and each unit below it.
    public init(hazards: some Sequence<Hazard>, tree: OrgTree, root: String?, since: Date, now: Date) {
        self.since = since
        self.now = now
        let order = tree.depthFirst(from: root)
        var figures = order.map { Figures(unit: $0.unit.id, depth: $0.depth) }
        let position = Dictionary(order.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { first, _ in first })
        let period = since...now
        for hazard in hazards {
            for unit in tree.path(toRootFrom: hazard.unit) {
                guard let index = position[unit.id] else { continue }
                figures[index].total += 1
                figures[index].byRisk[hazard.risk, default: 0] += 1
                figures[index].byStatus[hazard.status, default: 0] += 1
                if hazard.isOverdue(at: now) { figures[index].overdue += 1 }
                if let at = hazard.rectifiedAt, period.contains(at), hazard.status == .rectified || hazard.status == .closed {
                    figures[index].rectifiedInPeriod += 1
                }
                if let at = hazard.closedAt, period.contains(at), hazard.status == .closed { figures[index].closedInPeriod += 1 }
            }
        }
        units = figures
    }

    /// The start of the month `now` falls in, in the bureau's zone: the default period.
    public static func startOfMonth(_ now: Date, clock: WallClock) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        return calendar.date(from: calendar.dateComponents([.year, .month], from: now)) ?? now
    }
}
