import Dispatch
import DutyCore
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
/// socket work happens there, so a slow handler never blocks accepting or reading. What each user
/// may hold is limited (`ControlLimits`, kept in `usage`); a refusal is answered with
/// `io.dutyd.LimitReached` and logged (`LimitLog`).
public actor ControlServer {
    /// The socket path, or nil when systemd passed the socket.
    public let path: String?
    private let listener: Int32
    private let ownsPath: Bool
    private var limits: ControlLimits
    private var usage = ControlUsage()
    private var limitLog = LimitLog()
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

    /// Listens on the socket systemd passed, or binds `path` with the mode and admin group of `settings`.
    public init(path: String, settings: DaemonSettings, activated: Int32?, logger: Logger) throws {
        limits = ControlLimits(settings)
        self.logger = logger
        if let activated {
            listener = activated
            ownsPath = false
            let flags = fcntl(activated, F_GETFL)
            _ = fcntl(activated, F_SETFL, flags | O_NONBLOCK)
        } else {
            listener = try UnixListener.bind(path: path, mode: settings.socketMode, adminGroup: settings.adminGroup)
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

    /// Applies the limits of reloaded settings to new connections, watches and replies.
    public nonisolated func update(_ settings: DaemonSettings) {
        executor.queue.async { self.assumeIsolated { $0.limits = ControlLimits(settings) } }
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
            guard let peer = PeerCredentials.of(socket: fd) else {
                close(fd)
                continue
            }
            if let refusal = usage.refusalToConnect(peer, limits: limits, isPrivileged: { peer.isAdmin(adminGroup: limits.adminGroup) }) {
                let frame = VarlinkCoding.frame(error: refusal.error)
                _ = frame.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
                note(refusal, of: peer)
                continue
            }
            usage.connect(peer.uid)
            let connection = ControlConnection(fd: fd, peer: peer, executor: executor, queueKey: queueKey, handler: handler, server: self)
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

    /// Logs a refusal, at most once a minute for each user and limit.
    func note(_ refusal: ControlRefusal, of peer: PeerCredentials) {
        if let entry = limitLog.entry(for: refusal, peer: peer, now: .now()) { logger.journal(entry) }
    }

    /// Forgets a connection that closed, with the watch and unread bytes it held.
    func closed(fd: Int32, peer: PeerCredentials, watching: Bool, queuedBytes: Int) {
        connections[fd] = nil
        usage.disconnect(peer.uid, watching: watching, queuedBytes: queuedBytes)
    }

    /// Counts a `Watch` stream of the peer, or says (and logs) why it may not have one more.
    func startWatch(_ peer: PeerCredentials) -> ControlRefusal? {
        let refusal = usage.startWatch(peer, limits: limits)
        if let refusal { note(refusal, of: peer) }
        return refusal
    }

    func endWatch(_ peer: PeerCredentials) {
        usage.endWatch(peer.uid)
    }

    /// Whether a reply of `bytes` may wait behind `pending` unread ones on a connection of the peer; logs a refusal.
    func refusalToQueue(_ peer: PeerCredentials, bytes: Int, pending: Int) -> ControlRefusal? {
        let refusal = usage.refusalToQueue(peer, bytes: bytes, pending: pending)
        if let refusal { note(refusal, of: peer) }
        return refusal
    }

    /// Counts `delta` more (or fewer) unread reply bytes of the peer.
    func queued(_ peer: PeerCredentials, delta: Int) {
        usage.queued(peer.uid, delta: delta)
    }

    private func dropStalledConnections() {
        let (now, timeout) = (DispatchTime.now(), limits.timeout)
        for connection in connections.values {
            connection.assumeIsolated { connection in connection.dropIfStalled(now: now, timeout: timeout) }
        }
    }
}
