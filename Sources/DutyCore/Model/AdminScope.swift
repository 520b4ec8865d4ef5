/// A Unix group whose members may change state only for some units and the units below them
/// (`[[admins]]`); the daemon's admin group stays all-powerful.
public struct AdminScope: Sendable, Equatable {
    public var group: String
    /// Ids of the units at the top of the group's subtrees.
    public var units: [String]

    public init(group: String, units: [String]) {
        self.group = group
        self.units = units
    }
}
