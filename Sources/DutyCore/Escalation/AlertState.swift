/// Where an alert is in its life: triggered → acknowledged → resolved.
public enum AlertState: String, CaseIterable, Sendable {
    /// Raised and climbing until someone acknowledges.
    case triggered
    /// Someone took it on; it climbs again if not resolved by its resolve-by deadline.
    case acknowledged
    /// Over.
    case resolved
}
