import DutyCore

/// What each user holds on the control socket, and whether one more connection, watch or reply fits
/// the limits. Root is limited only by the total; the last `reservedConnections` are for root and
/// the admin group.
struct ControlUsage {
    /// What one user holds.
    struct Held: Equatable {
        var connections = 0
        var watches = 0
        var queuedBytes = 0
    }

    private(set) var byUser: [UInt32: Held] = [:]
    private(set) var connections = 0

    /// Why the peer may not open one more connection, or nil when it may; `isPrivileged` is asked only when it matters.
    func refusalToConnect(_ peer: PeerCredentials, limits: ControlLimits, isPrivileged: () -> Bool) -> ControlRefusal? {
        let total = DaemonSettings.maximumConnections
        let unreserved = total - DaemonSettings.reservedConnections
        if connections >= total { return .connections(total) }
        if connections >= unreserved, !isPrivileged() { return .unreserved(unreserved, adminGroup: limits.adminGroup) }
        if peer.uid != 0, held(peer.uid).connections >= limits.connectionsPerUser {
            return .connectionsPerUser(limits.connectionsPerUser, user: peer.userName)
        }
        return nil
    }

    /// Why the peer may not start one more `Watch` stream, or nil after counting it.
    mutating func startWatch(_ peer: PeerCredentials, limits: ControlLimits) -> ControlRefusal? {
        if peer.uid != 0, held(peer.uid).watches >= limits.watchesPerUser {
            return .watchesPerUser(limits.watchesPerUser, user: peer.userName)
        }
        byUser[peer.uid, default: Held()].watches += 1
        return nil
    }

    /// Why a reply of `bytes` may not be queued behind `pending` unread bytes on one connection of the peer, or nil when it may.
    func refusalToQueue(_ peer: PeerCredentials, bytes: Int, pending: Int) -> ControlRefusal? {
        if pending > 0, pending + bytes > ControlLimits.replyBufferPerConnection {
            return .replyBufferPerConnection(ControlLimits.replyBufferPerConnection)
        }
        if peer.uid != 0, held(peer.uid).queuedBytes + bytes > ControlLimits.replyBufferPerUser {
            return .replyBufferPerUser(ControlLimits.replyBufferPerUser, user: peer.userName)
        }
        return nil
    }

    mutating func connect(_ uid: UInt32) {
        connections += 1
        byUser[uid, default: Held()].connections += 1
    }

    /// Forgets a closed connection with what it held: whether it was watching, and its unread bytes.
    mutating func disconnect(_ uid: UInt32, watching: Bool, queuedBytes: Int) {
        connections -= 1
        change(uid) { held in
            held.connections -= 1
            if watching { held.watches -= 1 }
            held.queuedBytes -= queuedBytes
        }
    }

    mutating func endWatch(_ uid: UInt32) {
        change(uid) { $0.watches -= 1 }
    }

    /// Counts `delta` more (or, negative, fewer) unread reply bytes for the user.
    mutating func queued(_ uid: UInt32, delta: Int) {
        change(uid) { $0.queuedBytes += delta }
    }

    func held(_ uid: UInt32) -> Held {
        byUser[uid] ?? Held()
    }

    private mutating func change(_ uid: UInt32, _ body: (inout Held) -> Void) {
        var held = held(uid)
        body(&held)
        byUser[uid] = held == Held() ? nil : held
    }
}
