import Dispatch
import DutyProtocol
import Glibc

/// Answers one Varlink message from a connection through `reply`.
public protocol ControlRequestHandler: Sendable {
    func handle(_ message: [UInt8], from peer: PeerCredentials, reply: ReplyChannel)
}

/// The control socket: accepts connections and feeds their messages to a handler.
///
/// All socket work happens on one serial queue, so a slow handler never blocks accepting or
/// reading. Connections are limited in number, and a client that sends nothing, or half a
/// message, for `timeout` is dropped.
public final class ControlServer: @unchecked Sendable {
    /// The socket path, or nil when systemd passed the socket.
    public let path: String?
    /// More connections than this at once are refused with an error.
    public static let maximumConnections = 512
    private let listener: Int32
    private let ownsPath: Bool
    private let timeout: Duration
    private let queue = DispatchQueue(label: "dutyd.control")
    /// Set on `queue` only: a reply sent from it is written at once, without a hop.
    private let queueKey = DispatchSpecificKey<Bool>()
    private var acceptSource: DispatchSourceRead?
    private var sweepTimer: DispatchSourceTimer?
    private var connections: [ObjectIdentifier: ControlConnection] = [:]

    /// Listens on the socket systemd passed, or binds `path` with `mode` and the admin group.
    public init(path: String, mode: UInt16, adminGroup: String, timeout: Duration, activated: Int32?) throws {
        self.timeout = timeout
        if let activated {
            listener = activated
            ownsPath = false
            let flags = fcntl(activated, F_GETFL)
            _ = fcntl(activated, F_SETFL, flags | O_NONBLOCK)
        } else {
            listener = try UnixListener.bind(path: path, mode: mode, adminGroup: adminGroup)
            ownsPath = true
        }
        self.path = path
        queue.setSpecific(key: queueKey, value: true)
    }

    /// Starts accepting connections.
    public func start(handler: ControlRequestHandler) {
        let source = DispatchSource.makeReadSource(fileDescriptor: listener, queue: queue)
        source.setEventHandler { [unowned self] in acceptPending(handler: handler) }
        source.setCancelHandler { [listener] in close(listener) }
        source.resume()
        acceptSource = source
        let sweep = DispatchSource.makeTimerSource(queue: queue)
        sweep.schedule(deadline: .now() + .seconds(1), repeating: .seconds(1))
        sweep.setEventHandler { [unowned self] in dropStalledConnections() }
        sweep.resume()
        sweepTimer = sweep
    }

    /// Stops accepting, closes every connection and removes the socket file if this process created it.
    public func stop() {
        queue.sync {
            acceptSource?.cancel()
            acceptSource = nil
            sweepTimer?.cancel()
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
            guard connections.count < Self.maximumConnections, let peer = PeerCredentials.of(socket: fd) else {
                let refusal = VarlinkCoding.frame(error: .invalidMessage("too many connections (\(Self.maximumConnections)); try again later"))
                _ = refusal.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
                continue
            }
            let connection = ControlConnection(fd: fd, peer: peer, queue: queue, queueKey: queueKey, handler: handler)
            let key = ObjectIdentifier(connection)
            connections[key] = connection
            connection.onClose = { [unowned self] in connections[key] = nil }
            connection.start()
        }
    }

    private func dropStalledConnections() {
        let now = DispatchTime.now()
        for connection in connections.values where connection.isStalled(now: now, timeout: timeout) {
            connection.dropStalled()
        }
    }
}
