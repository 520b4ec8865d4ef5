/// Which alerts a query wants.
public struct AlertFilter: Sendable, Equatable {
    public var states: Set<AlertState>
    /// A unit id: the unit and everything below it.
    public var unit: String?
    public var kind: AlertKind?
    public var level: Int?

    public init(states: Set<AlertState> = [.triggered, .acknowledged], unit: String? = nil, kind: AlertKind? = nil, level: Int? = nil) {
        self.states = states
        self.unit = unit
        self.kind = kind
        self.level = level
    }

    public func matches(_ alert: Alert, tree: OrgTree) -> Bool {
        states.contains(alert.state)
            && kind.map { $0 == alert.kind } ?? true
            && level.map { $0 == alert.level } ?? true
            && unit.map { tree.isWithin(alert.unit, ancestor: $0) } ?? true
    }
}
