import DutyCore

/// The limits of the control socket: how many connections and `Watch` streams a user may hold,
/// how much unread reply may wait for them, and how long a request may take to arrive.
struct ControlLimits: Sendable {
    /// Root and members of this group may use the reserved connections.
    var adminGroup: String
    /// An idle client, one whose request is not complete this long after its first byte, and one
    /// that leaves a reply unread this long are dropped.
    var timeout: Duration
    var connectionsPerUser: Int
    var watchesPerUser: Int
    /// Bytes of replies not yet read that one user other than root may have waiting, over all their connections.
    static let replyBufferPerUser = 64 << 20
    /// Bytes of streamed replies that may wait behind an unread one on a connection before it is dropped.
    static let replyBufferPerConnection = 1 << 20

    init(_ settings: DaemonSettings) {
        adminGroup = settings.adminGroup
        timeout = settings.controlTimeout
        connectionsPerUser = settings.connectionsPerUser
        watchesPerUser = settings.watchesPerUser
    }
}
