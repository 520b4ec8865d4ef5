import CSystemd
import Glibc

/// Listening sockets handed over by systemd (`sd_listen_fds`).
public enum SocketActivation {
    /// The first passed file descriptor if it is a listening Unix stream socket, else nil.
    public static func listeningUnixSocket() -> Int32? {
        let count = sd_listen_fds(1)
        guard count >= 1 else { return nil }
        let fd = SD_LISTEN_FDS_START
        guard sd_is_socket_unix(fd, Int32(SOCK_STREAM.rawValue), 1, nil, 0) > 0 else { return nil }
        return fd
    }
}
