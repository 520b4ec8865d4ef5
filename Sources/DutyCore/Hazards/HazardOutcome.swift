/// What a hazard command or check did: the hazards' own transitions and the alerts they ask to raise or end.
public struct HazardOutcome: Sendable, Equatable {
    public var hazardEvents: [HazardEvent] = []
    public var alertRequests: [AlertRequest] = []

    public init(hazardEvents: [HazardEvent] = [], alertRequests: [AlertRequest] = []) {
        self.hazardEvents = hazardEvents
        self.alertRequests = alertRequests
    }

    /// Ids of the hazards that changed, in order, without repeats.
    public var hazardIDs: [String] {
        var seen = Set<String>()
        return hazardEvents.map(\.hazardID).filter { seen.insert($0).inserted }
    }

    static func += (lhs: inout HazardOutcome, rhs: HazardOutcome) {
        lhs.hazardEvents += rhs.hazardEvents
        lhs.alertRequests += rhs.alertRequests
    }
}
