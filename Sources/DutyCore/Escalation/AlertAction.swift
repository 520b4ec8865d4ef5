/// What happened to an alert, as recorded in its history.
public enum AlertAction: String, CaseIterable, Sendable {
    /// Raised at level 0.
    case raised
    /// Not acknowledged in time: climbed one level.
    case escalated
    /// At the top and still not acknowledged: notified again.
    case renotified
    /// Someone acknowledged it.
    case acknowledged
    /// Acknowledged but not resolved by the resolve-by deadline: climbed again.
    case unresolved
    /// Ended.
    case resolved

    /// Whether this action sends notifications to the level's recipients.
    public var notifies: Bool {
        switch self {
        case .raised, .escalated, .renotified, .unresolved: true
        case .acknowledged, .resolved: false
        }
    }
}
