import CSystemd
import Glibc

/// Listening sockets handed over by systemd (`sd_listen_fds_with_names`): the control socket
/// from `dutyd.socket` and, from `dutyd-web.socket`, the field pages' socket named `web`.
public enum SocketActivation {
    /// The `FileDescriptorName=` of the field pages' socket in `dutyd-web.socket`.
    public static let webName = "web"

    /// The passed descriptors and their names, read once: reading unsets `LISTEN_FDS`.
    private static let passed: [Passed] = read()

    /// The control socket: the first passed listening Unix stream socket not named `web`, else nil.
    public static func listeningUnixSocket() -> Int32? {
        passed.first { $0.name != webName && sd_is_socket_unix($0.fd, Int32(SOCK_STREAM.rawValue), 1, nil, 0) > 0 }?.fd
    }

    /// The field pages' socket: the passed listening stream socket named `web`, else nil.
    public static func webSocket() -> Int32? {
        passed.first { $0.name == webName && sd_is_socket($0.fd, AF_UNSPEC, Int32(SOCK_STREAM.rawValue), 1) > 0 }?.fd
    }

    /// One passed descriptor with its name (`unknown` when systemd gave none).
    private struct Passed: Sendable {
        var name: String
        var fd: Int32
    }

    private static func read() -> [Passed] {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = sd_listen_fds_with_names(1, &names)
        guard count > 0 else { return [] }
        defer {
            for index in 0..<Int(count) { free(names?[index]) }
            free(names)
        }
        return (0..<count).map { index in
            Passed(name: names?[Int(index)].map { String(cString: $0) } ?? "unknown", fd: SD_LISTEN_FDS_START + index)
        }
    }
}
