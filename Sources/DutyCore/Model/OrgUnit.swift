/// One node of the organisation tree: a bureau or a school.
public struct OrgUnit: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// The unit one level up, or nil for a root of the tree.
    public var parent: String?
    /// Person ids holding each contact role.
    public var contacts: [ContactRole: [String]]
    /// Channels that reach the unit as a whole (a group robot, say) whenever an alert reaches its people.
    public var channels: [String]

    public init(id: String, name: String, kind: UnitKind, parent: String?, contacts: [ContactRole: [String]] = [:], channels: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.contacts = contacts
        self.channels = channels
    }
}
