/// Settings of the daemon process itself, from the `[daemon]` table.
public struct DaemonSettings: Sendable, Equatable {
    /// IANA zone of the bureau's wall clock.
    public var timeZone: String
    /// Interval of the periodic check.
    public var checkInterval: Duration
    /// Where the state database lives; nil lets the daemon choose its default.
    public var stateDirectory: String?
    /// Path of the control socket; nil lets the daemon choose its default.
    public var controlSocket: String?
    /// Members of this group (and root) may change state through the socket.
    public var adminGroup: String
    /// Permissions of the control socket file (0660: root and the admin group; 0666: every local user may read).
    public var socketMode: UInt16
    /// A control client that sends nothing for this long, or has not finished a message this long after its first byte, is disconnected.
    public var controlTimeout: Duration
    /// Control connections one user other than root may hold at once.
    public var connectionsPerUser: Int
    /// `io.dutyd.Watch` streams one user other than root may hold at once.
    public var watchesPerUser: Int
    /// Reads are scoped as changes are: a member of an `[[admins]]` group reads only its units,
    /// anyone else outside the admin group only the status and the tree.
    public var scopedReads: Bool

    public static let defaultTimeZone = "Asia/Shanghai"
    public static let defaultCheckInterval = Duration.seconds(60)
    public static let defaultAdminGroup = "dutyd-admin"
    public static let defaultSocketMode: UInt16 = 0o660
    public static let defaultControlTimeout = Duration.seconds(30)
    public static let defaultConnectionsPerUser = 64
    public static let defaultWatchesPerUser = 16
    /// Control connections at once, all users together.
    public static let maximumConnections = 512
    /// Of `maximumConnections`, those that only root and the admin group may use.
    public static let reservedConnections = 64

    public init(
        timeZone: String = defaultTimeZone,
        checkInterval: Duration = defaultCheckInterval,
        stateDirectory: String? = nil,
        controlSocket: String? = nil,
        adminGroup: String = defaultAdminGroup,
        socketMode: UInt16 = defaultSocketMode,
        controlTimeout: Duration = defaultControlTimeout,
        connectionsPerUser: Int = defaultConnectionsPerUser,
        watchesPerUser: Int = defaultWatchesPerUser,
        scopedReads: Bool = false
    ) {
        self.timeZone = timeZone
        self.checkInterval = checkInterval
        self.stateDirectory = stateDirectory
        self.controlSocket = controlSocket
        self.adminGroup = adminGroup
        self.socketMode = socketMode
        self.controlTimeout = controlTimeout
        self.connectionsPerUser = connectionsPerUser
        self.watchesPerUser = watchesPerUser
        self.scopedReads = scopedReads
    }
}
