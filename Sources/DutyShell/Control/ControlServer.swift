import Dispatch
import Glibc

/// Answers one Varlink message from a connection; `reply` receives the framed reply (nil for oneway calls).
public protocol ControlRequestHandler: Sendable {
    func handle(_ message: [UInt8], from peer: PeerCredentials, reply: @escaping @Sendable ([UInt8]?) -> Void)
}

/// The control socket: accepts connections and feeds their messages to a handler.
///
/// All socket work happens on one serial queue, so a slow handler never blocks accepting or reading.
public final class ControlServer: @unchecked Sendable {
    /// The socket path, or nil when systemd passed the socket.
    public let path: String?
    private let listener: Int32
    private let ownsPath: Bool
    private let queue = DispatchQueue(label: "dutyd.control")
    private var acceptSource: DispatchSourceRead?
    private var connections: [ObjectIdentifier: ControlConnection] = [:]

    /// Listens on the socket systemd passed, or binds `path`.
    public init(path: String, adminGroup: String, activated: Int32?) throws {
        if let activated {
            listener = activated
            ownsPath = false
            let flags = fcntl(activated, F_GETFL)
            _ = fcntl(activated, F_SETFL, flags | O_NONBLOCK)
        } else {
            listener = try UnixListener.bind(path: path, adminGroup: adminGroup)
            ownsPath = true
        }
        self.path = path
    }

    /// Starts accepting connections.
    public func start(handler: ControlRequestHandler) {
        let source = DispatchSource.makeReadSource(fileDescriptor: listener, queue: queue)
        source.setEventHandler { [unowned self] in acceptPending(handler: handler) }
        source.setCancelHandler { [listener] in close(listener) }
        source.resume()
        acceptSource = source
    }

    /// Stops accepting, closes every connection and removes the socket file if this process created it.
    public func stop() {
        queue.sync {
            acceptSource?.cancel()
            acceptSource = nil
            for connection in connections.values { connection.close() }
            connections.removeAll()
            if ownsPath, let path { unlink(path) }
        }
    }

    private func acceptPending(handler: ControlRequestHandler) {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            guard let peer = PeerCredentials.of(socket: fd) else {
                close(fd)
                continue
            }
            let connection = ControlConnection(fd: fd, peer: peer, queue: queue, handler: handler)
            let key = ObjectIdentifier(connection)
            connections[key] = connection
            connection.onClose = { [unowned self] in connections[key] = nil }
            connection.start()
        }
    }
}
