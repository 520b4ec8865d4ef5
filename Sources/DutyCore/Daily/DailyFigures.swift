/// The counts of one day's duty report (值班日报): shifts, spot checks, incidents and hazards,
/// for one unit's own lines or a whole subtree; figures add up the tree.
public struct DailyFigures: Sendable, Equatable {
    public var shifts = 0
    public var onTime = 0
    public var late = 0
    public var missed = 0
    public var spotChecks = 0
    /// Spot checks confirmed at the post (answered there, or called back in time).
    public var spotChecksConfirmed = 0
    /// Spot checks that found nobody at the post in time.
    public var spotChecksMissed = 0
    public var incidents = 0
    /// Follow-ups (续报) made that day, on incidents of any day.
    public var followUps = 0
    /// Hazards entered on the ledger that day.
    public var hazardsFound = 0
    /// Hazards reported rectified that day.
    public var hazardsRectified = 0
    /// Hazards past their deadline at the end of the day, not reported rectified.
    public var hazardsOverdue = 0
    /// All hazards on the ledger at the end of the day, and those of them rectified or closed.
    public var hazardsTotal = 0
    public var hazardsRectifiedTotal = 0

    public init() {}

    /// 整改率: the share of the ledger's hazards reported rectified or closed; nil without hazards.
    public var rectificationRate: Double? {
        hazardsTotal > 0 ? Double(hazardsRectifiedTotal) / Double(hazardsTotal) : nil
    }

    /// Nothing happened: no shift judged late or missed, no failed spot check, no incident or hazard found.
    public var isQuiet: Bool {
        late == 0 && missed == 0 && spotChecksMissed == 0 && incidents == 0 && followUps == 0 && hazardsFound == 0
    }

    /// The sum of two sets of figures, as a unit's total is its own plus its children's.
    public static func + (lhs: DailyFigures, rhs: DailyFigures) -> DailyFigures {
        var sum = lhs
        sum.shifts += rhs.shifts
        sum.onTime += rhs.onTime
        sum.late += rhs.late
        sum.missed += rhs.missed
        sum.spotChecks += rhs.spotChecks
        sum.spotChecksConfirmed += rhs.spotChecksConfirmed
        sum.spotChecksMissed += rhs.spotChecksMissed
        sum.incidents += rhs.incidents
        sum.followUps += rhs.followUps
        sum.hazardsFound += rhs.hazardsFound
        sum.hazardsRectified += rhs.hazardsRectified
        sum.hazardsOverdue += rhs.hazardsOverdue
        sum.hazardsTotal += rhs.hazardsTotal
        sum.hazardsRectifiedTotal += rhs.hazardsRectifiedTotal
        return sum
    }
}
