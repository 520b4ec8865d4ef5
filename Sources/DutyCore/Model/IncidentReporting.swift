/// How an incident policy wants a report carried up the tree: the deadlines of the rules
/// (电话报告, 书面报告) and whether each level must pass it up (逐级上报) rather than only acknowledge it.
public struct IncidentReporting: Sendable, Equatable {
    /// Each level must pass the report up (`dutyctl report pass-up`); an acknowledgement below the top does not stop the climb.
    public var mandatoryUpward: Bool
    /// The time each level below the top has to pass the report up by phone before it climbs by itself.
    public var phoneWithin: Duration?
    /// The time from the report to its written report (a `--written` follow-up); a miss climbs one level.
    public var writtenWithin: Duration?

    public init(mandatoryUpward: Bool = false, phoneWithin: Duration? = nil, writtenWithin: Duration? = nil) {
        self.mandatoryUpward = mandatoryUpward
        self.phoneWithin = phoneWithin
        self.writtenWithin = writtenWithin
    }
}
