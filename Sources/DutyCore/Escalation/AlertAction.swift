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
    /// An incident's level passed the report up (上报): the next level is notified at once.
    case passedUp = "passed_up"
    /// A follow-up (续报) added to an incident: everyone already told is told again.
    case followedUp = "followed_up"
    /// Fell due inside a quiet window of its unit: it waits until the window ends.
    case held

    /// Whether this action sends notifications to the level's recipients.
    public var notifies: Bool {
        switch self {
        case .raised, .escalated, .renotified, .unresolved, .updated, .passedUp, .followedUp: true
        case .acknowledged, .resolved, .held: false
        }
    }
}
