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
    /// Something more happened about its subject (脱岗 at a spot check while check-in is missed):
    /// the note says what, and the level's recipients are told.
    case updated

    /// Whether this action sends notifications to the level's recipients.
    public var notifies: Bool {
        switch self {
        case .raised, .escalated, .renotified, .unresolved, .updated: true
        case .acknowledged, .resolved: false
        }
    }
}
