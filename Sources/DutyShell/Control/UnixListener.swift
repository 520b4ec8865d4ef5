import DutyProtocol
import Glibc

/// Errors creating the control socket, with what to do about them.
public struct ControlSocketError: Error, CustomStringConvertible {
    public var description: String
}

/// Creates the listening Unix socket of the control interface.
enum UnixListener {
    /// Binds `path` (creating its directory), sets `mode` and the admin group, and listens.
    ///
    /// A stale socket file is replaced; a live one (another daemon answering) is an error.
    static func bind(path: String, mode: UInt16, adminGroup: String) throws -> Int32 {
        try makeParentDirectory(of: path)
        if isAnswering(path) {
            throw ControlSocketError(description: "another process is already listening on \(path); stop it or choose another control_socket")
        }
        unlink(path)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw error("cannot create a socket") }
        guard let bound = UnixSocketAddress.with(path: path, { Glibc.bind(fd, $0, $1) }) else {
            close(fd)
            throw ControlSocketError(description: "control socket path \(path) is longer than \(UnixSocketAddress.maximumPathLength) bytes; choose a shorter one")
        }
        guard bound == 0 else {
            close(fd)
            throw error("cannot bind the control socket \(path)")
        }
        chmod(path, mode_t(mode))
        if let group = PeerCredentials.groupID(named: adminGroup) {
            chown(path, getuid(), group)
        }
        guard listen(fd, 128) == 0 else {
            close(fd)
            throw error("cannot listen on \(path)")
        }
        return fd
    }

    private static func isAnswering(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return UnixSocketAddress.connect(fd, to: path) == 0
    }

    private static func makeParentDirectory(of path: String) throws {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let directory = String(path[..<slash])
        var components: [Substring] = []
        for component in directory.split(separator: "/") {
            components.append(component)
            let partial = (directory.hasPrefix("/") ? "/" : "") + components.joined(separator: "/")
            if mkdir(partial, 0o755) != 0 && errno != EEXIST {
                throw error("cannot create directory \(partial) for the control socket")
            }
        }
    }

    private static func error(_ what: String) -> ControlSocketError {
        ControlSocketError(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
