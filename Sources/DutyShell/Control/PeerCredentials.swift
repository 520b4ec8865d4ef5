import CSystemd
import DutyCore
import Glibc

/// Who is at the other end of a control connection, as the kernel reports it (never as the client claims).
public struct PeerCredentials: Sendable, Equatable {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32
    /// Supplementary groups of the peer process.
    public var groups: [UInt32]
    /// The user name for `uid`, or `uid:N` when it has none; recorded as the actor in history.
    public var userName: String

    public init(pid: Int32, uid: UInt32, gid: UInt32, groups: [UInt32], userName: String) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.groups = groups
        self.userName = userName
    }

    /// Reads the credentials of the peer of a connected Unix socket.
    public static func of(socket fd: Int32) -> PeerCredentials? {
        var pid: pid_t = 0
        var uid: uid_t = 0
        var gid: gid_t = 0
        guard dutyd_peer_credentials(fd, &pid, &uid, &gid) == 0 else { return nil }
        var groups = [gid_t](repeating: 0, count: 256)
        let count = dutyd_peer_groups(fd, &groups, Int32(groups.count))
        return PeerCredentials(
            pid: pid, uid: uid, gid: gid,
            groups: count > 0 ? Array(groups.prefix(Int(count))) : [],
            userName: userName(of: uid)
        )
    }

    /// Whether the peer is root or belongs to `group` (primary or supplementary).
    public func isAdmin(adminGroup group: String) -> Bool {
        if uid == 0 { return true }
        guard let groupID = Self.groupID(named: group) else { return false }
        return gid == groupID || groups.contains(groupID)
    }

    /// The units whose subtrees the `[[admins]]` groups the peer belongs to may act on, or nil if none.
    public func scope(in admins: [AdminScope]) -> [String]? {
        let units = admins.filter { isAdmin(adminGroup: $0.group) }.flatMap(\.units)
        return units.isEmpty ? nil : units
    }

    static func userName(of uid: UInt32) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return "uid:\(uid)" }
        return String(cString: entry.pw_name)
    }

    static func groupID(named name: String) -> UInt32? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.gr_gid
    }
}
