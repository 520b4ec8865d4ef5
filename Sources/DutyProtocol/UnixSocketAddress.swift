import Glibc

/// Builds `sockaddr_un` values for the control socket, shared by the daemon and its clients.
public enum UnixSocketAddress {
    /// The longest path a `sockaddr_un` holds.
    public static let maximumPathLength = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    /// Calls `body` with `path` as a socket address and its length, or returns nil if the path is too long.
    public static func with<Result>(path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result? {
        let bytes = Array(path.utf8)
        guard bytes.count <= maximumPathLength else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// Connects `fd` to the socket at `path`; returns `connect`'s result (-1 with `errno` set on failure).
    public static func connect(_ fd: Int32, to path: String) -> Int32 {
        with(path: path) { Glibc.connect(fd, $0, $1) } ?? {
            errno = ENAMETOOLONG
            return -1
        }()
    }
}
