/// What a hazard command or check did: the hazards' own transitions and the alert transitions they caused.
public struct HazardOutcome: Sendable, Equatable {
    public var hazardEvents: [HazardEvent] = []
    public var alertEvents: [AlertEvent] = []

    public init(hazardEvents: [HazardEvent] = [], alertEvents: [AlertEvent] = []) {
        self.hazardEvents = hazardEvents
        self.alertEvents = alertEvents
    }

    /// Ids of the hazards that changed, in order, without repeats.
    public var hazardIDs: [String] {
        var seen = Set<String>()
        return hazardEvents.map(\.hazardID).filter { seen.insert($0).inserted }
    }

    static func += (lhs: inout HazardOutcome, rhs: HazardOutcome) {
        lhs.hazardEvents += rhs.hazardEvents
        lhs.alertEvents += rhs.alertEvents
    }
}
