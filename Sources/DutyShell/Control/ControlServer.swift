import Dispatch
import DutyProtocol
import Glibc
import Logging

/// Answers one Varlink message from a connection, with the descriptors sent with it, through `reply`.
public protocol ControlRequestHandler: Sendable {
    func handle(_ message: [UInt8], from peer: PeerCredentials, files: PassedFiles, reply: ReplyChannel)
}

/// The control socket: accepts connections and feeds their messages to a handler.
///
/// An actor whose executor is one serial queue (`QueueExecutor`), shared with its connections: all
/// socket work happens there, so a slow handler never blocks accepting or reading. Connections are
/// limited in number, and a client that sends nothing, or half a message, for `timeout` is dropped.
public actor ControlServer {
    /// The socket path, or nil when systemd passed the socket.
    public let path: String?
    /// More connections than this at once are refused with an error.
    public static let maximumConnections = 512
    private let listener: Int32
    private let ownsPath: Bool
    private let timeout: Duration
    private nonisolated let executor = QueueExecutor(label: "dutyd.control")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    /// Set on the queue only: a reply sent from it is written at once, without a hop.
    private nonisolated let queueKey = DispatchSpecificKey<Bool>()
    private var acceptSource: DispatchSourceRead?
    private var sweepTimer: DispatchSourceTimer?
    /// By file descriptor: a connection leaves before its descriptor is closed and can be reused.
    private var connections: [Int32: ControlConnection] = [:]
    private let logger: Logger
    /// The errno of the last failed `accept` that was logged, so a lasting failure is logged once.
    private var lastAcceptError: Int32 = 0

    /// Listens on the socket systemd passed, or binds `path` with `mode` and the admin group.
    public init(path: String, mode: UInt16, adminGroup: String, timeout: Duration, activated: Int32?, logger: Logger) throws {
        self.timeout = timeout
        self.logger = logger
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
        executor.queue.setSpecific(key: queueKey, value: true)
    }

    /// Starts accepting connections; returns once it does.
    public nonisolated func start(handler: ControlRequestHandler) {
        executor.queue.sync { assumeIsolated { $0.startAccepting(handler: handler) } }
    }

    private func startAccepting(handler: ControlRequestHandler) {
        let source = DispatchSource.makeReadSource(fileDescriptor: listener, queue: executor.queue)
        source.setEventHandler { [weak self] in self?.assumeIsolated { $0.acceptPending(handler: handler) } }
        source.setCancelHandler { [listener] in close(listener) }
        source.resume()
        acceptSource = source
        let sweep = DispatchSource.makeTimerSource(queue: executor.queue)
        sweep.schedule(deadline: .now() + .seconds(1), repeating: .seconds(1))
        sweep.setEventHandler { [weak self] in self?.assumeIsolated { $0.dropStalledConnections() } }
        sweep.resume()
        sweepTimer = sweep
    }

    /// Stops accepting, closes every connection and removes the socket file if this process created it; returns once done.
    public nonisolated func stop() {
        executor.queue.sync { assumeIsolated { $0.stopAccepting() } }
    }

    private func stopAccepting() {
        acceptSource?.cancel()
        acceptSource = nil
        sweepTimer?.cancel()
        for connection in connections.values { connection.assumeIsolated { $0.close() } }
        connections.removeAll()
        if ownsPath, let path { unlink(path) }
    }

    private func acceptPending(handler: ControlRequestHandler) {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return noteAcceptFailure(errno) }
            lastAcceptError = 0
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            guard connections.count < Self.maximumConnections, let peer = PeerCredentials.of(socket: fd) else {
                let refusal = VarlinkCoding.frame(error: .invalidMessage("too many connections (\(Self.maximumConnections)); try again later"))
                _ = refusal.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
                continue
            }
            let connection = ControlConnection(fd: fd, peer: peer, executor: executor, queueKey: queueKey, handler: handler) { [weak self] in
                self?.assumeIsolated { $0.connections[fd] = nil }
            }
            connections[fd] = connection
            connection.assumeIsolated { $0.start() }
        }
    }

    /// Logs a failed `accept` other than "nothing to accept", once until one succeeds again.
    private func noteAcceptFailure(_ error: Int32) {
        guard error != EAGAIN, error != EWOULDBLOCK, error != EINTR, error != ECONNABORTED, error != lastAcceptError else { return }
        lastAcceptError = error
        logger.journal(.controlServerError, .error, "cannot accept a connection on the control socket: \(String(cString: strerror(error)))")
    }

    private func dropStalledConnections() {
        let now = DispatchTime.now()
        for connection in connections.values {
            connection.assumeIsolated { connection in
                if connection.isStalled(now: now, timeout: timeout) { connection.dropStalled() }
            }
        }
    }
}
