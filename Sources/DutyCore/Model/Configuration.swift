/// The whole validated configuration of one bureau's daemon.
public struct Configuration: Sendable, Equatable {
    public var daemon: DaemonSettings
    public var data: DataFiles
    public var tree: OrgTree
    public var people: [Person]
    public var channels: [ChannelDefinition]
    public var policies: [EscalationPolicy]
    public var hazards: HazardSettings

    public init(
        daemon: DaemonSettings,
        data: DataFiles,
        tree: OrgTree,
        people: [Person],
        channels: [ChannelDefinition],
        policies: [EscalationPolicy],
        hazards: HazardSettings = HazardSettings()
    ) {
        self.daemon = daemon
        self.data = data
        self.tree = tree
        self.people = people
        self.channels = channels
        self.policies = policies
        self.hazards = hazards
    }
}
