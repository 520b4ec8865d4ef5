import DutyCore
import DutyProtocol

/// A control client turned away at a limit: which limit, its value, and what to tell the client and the journal.
struct ControlRefusal: Sendable, Equatable {
    /// The limit reached, named as in dutyd.toml(5).
    enum Limit: String, Sendable {
        case connections
        case connectionsPerUser = "connections_per_user"
        case watchesPerUser = "watches_per_user"
        case replyBufferPerUser = "reply_buffer_per_user"
        case replyBufferPerConnection = "reply_buffer_per_connection"
        case controlTimeout = "control_timeout"
    }

    var limit: Limit
    var allowed: Int
    /// What happened and what to do, for the client and the journal.
    var reason: String

    /// The Varlink error that tells the client.
    var error: VarlinkError { .limitReached(limit.rawValue, allowed: allowed, reason: reason) }

    static func connections(_ allowed: Int) -> ControlRefusal {
        ControlRefusal(limit: .connections, allowed: allowed, reason: "too many connections (\(allowed)); try again later")
    }

    static func unreserved(_ allowed: Int, adminGroup: String) -> ControlRefusal {
        ControlRefusal(
            limit: .connections, allowed: allowed,
            reason: "too many connections (\(allowed) for users outside \(adminGroup); the rest are kept for root and \(adminGroup)); try again later")
    }

    static func connectionsPerUser(_ allowed: Int, user: String) -> ControlRefusal {
        ControlRefusal(
            limit: .connectionsPerUser, allowed: allowed,
            reason: "\(user) already has \(allowed) connections open (connections_per_user); close some and try again")
    }

    static func watchesPerUser(_ allowed: Int, user: String) -> ControlRefusal {
        ControlRefusal(
            limit: .watchesPerUser, allowed: allowed, reason: "\(user) already watches \(allowed) times (watches_per_user); end another watch first")
    }

    static func replyBufferPerUser(_ allowed: Int, user: String) -> ControlRefusal {
        ControlRefusal(
            limit: .replyBufferPerUser, allowed: allowed,
            reason: "\(user) has \(allowed >> 20) MiB of replies not yet read (reply_buffer_per_user); read them or close connections")
    }

    static func replyBufferPerConnection(_ allowed: Int) -> ControlRefusal {
        ControlRefusal(
            limit: .replyBufferPerConnection, allowed: allowed,
            reason: "the client did not read \(allowed >> 20) MiB of streamed replies; connection dropped")
    }

    static func unreadReply(after timeout: Duration) -> ControlRefusal {
        ControlRefusal(
            limit: .controlTimeout, allowed: Int(timeout.components.seconds),
            reason: "the client did not read its reply for \(DurationSyntax.format(timeout)) (control_timeout); connection dropped")
    }

    static func requestDeadline(_ timeout: Duration) -> ControlRefusal {
        ControlRefusal(
            limit: .controlTimeout, allowed: Int(timeout.components.seconds),
            reason: "the client did not finish its request within \(DurationSyntax.format(timeout)) of its first byte (control_timeout); connection dropped")
    }
}
