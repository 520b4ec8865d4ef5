import Dispatch
import DutyProtocol
import Glibc

/// One client connection: splits its bytes into NUL-terminated messages, hands them to the handler
/// one at a time, and writes the replies back in order. A call made with `more` may stream replies
/// until the client goes away. What it holds (a `Watch` stream, unread reply bytes) is counted
/// by the server against its user's limits.
///
/// An actor on the server's executor: the server and its connections share one queue.
actor ControlConnection {
    private let fd: Int32
    private let peer: PeerCredentials
    /// The server that counts what this connection holds; on the same queue.
    private weak var server: ControlServer?
    private nonisolated let executor: QueueExecutor
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    private let handler: ControlRequestHandler
    /// Set on the queue only: a reply sent from it is written at once, without a hop.
    private nonisolated let queueKey: DispatchSpecificKey<Bool>
    private var readSource: DispatchSourceRead?
    private var writeSource: DispatchSourceWrite?
    private var input: [UInt8] = []
    /// Descriptors received (`SCM_RIGHTS`), handed with the next call dispatched; at most `DescriptorPassing.maximumPerReceive`.
    private var receivedFiles: [Int32] = []
    /// What one read takes from the socket; kept, so that reading allocates nothing.
    private var chunk = [UInt8](repeating: 0, count: 65_536)
    private var output: [UInt8] = []
    /// How much of `output` is written; the rest waits for the socket.
    private var outputWritten = 0
    private var current: ReplyChannel?
    private var readingPaused = false
    /// Whether `processNext` is running, so that a reply written from inside it does not start the next call.
    private var dispatching = false
    /// Whether the current call has sent a reply that continues: reading goes on while it streams.
    private var streaming = false
    private var writeArmed = false
    private var closeAfterWrite = false
    private var closed = false
    private var sourcesToCancel = 0
    /// When the client last sent anything or a reply was last written; for dropping stalled clients.
    private var lastActivity = DispatchTime.now()
    /// When the first byte of the message now in `input` arrived; a trickle of bytes does not move it.
    private var requestStartedAt: DispatchTime?
    /// The unread bytes of `output` last counted by the server.
    private var countedBytes = 0

    init(fd: Int32, peer: PeerCredentials, executor: QueueExecutor, queueKey: DispatchSpecificKey<Bool>, handler: ControlRequestHandler, server: ControlServer) {
        self.fd = fd
        self.queueKey = queueKey
        self.peer = peer
        self.executor = executor
        self.handler = handler
        self.server = server
    }

    func start() {
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: executor.queue)
        source.setEventHandler { [weak self] in self?.assumeIsolated { $0.readAvailable() } }
        source.resume()
        readSource = source
    }

    /// Drops the client when it has left a reply unread, or sent nothing, for `timeout`, or not
    /// finished a message `timeout` after its first byte (telling it why); calls being answered or
    /// streaming are never stalled. Reports the first two to the server.
    func dropIfStalled(now: DispatchTime, timeout: Duration) {
        guard current == nil, !closed else { return }
        let seconds = timeout.timeInterval
        if output.count > outputWritten, now > lastActivity + seconds {
            server?.assumeIsolated { $0.note(.unreadReply(after: timeout), of: peer) }
            return close()
        }
        if let requestStartedAt, !input.isEmpty, now > requestStartedAt + seconds {
            server?.assumeIsolated { $0.note(.requestDeadline(timeout), of: peer) }
            input.removeAll()
            closeAfterWrite = true
            return send(VarlinkCoding.frame(error: .invalidMessage("timed out waiting for the rest of the message")))
        }
        if input.isEmpty, output.isEmpty, now > lastActivity + seconds { close() }
    }

    func close() {
        guard !closed else { return }
        closed = true
        current?.markClosed()
        receivedFiles.forEach { _ = Glibc.close($0) }
        receivedFiles = []
        if readingPaused { readSource?.resume() }
        if let writeSource, !writeArmed { writeSource.resume() }
        let sources: [any DispatchSourceProtocol] = [readSource, writeSource].compactMap { $0 }
        sourcesToCancel = sources.count
        if sources.isEmpty { Glibc.close(fd) }
        for source in sources {
            source.setCancelHandler { [self] in
                assumeIsolated { connection in
                    connection.sourcesToCancel -= 1
                    if connection.sourcesToCancel == 0 { Glibc.close(connection.fd) }
                }
            }
            source.cancel()
        }
        server?.assumeIsolated { [fd, peer, streaming, countedBytes] in
            $0.closed(fd: fd, peer: peer, watching: streaming, queuedBytes: countedBytes)
        }
        countedBytes = 0
    }

    private func readAvailable() {
        let count = chunk.withUnsafeMutableBytes { DescriptorPassing.receive(fd, into: $0, descriptors: &receivedFiles) }
        if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) {
            close()
            return
        }
        while receivedFiles.count > DescriptorPassing.maximumPerReceive { Glibc.close(receivedFiles.removeLast()) }
        guard count > 0 else { return }
        lastActivity = .now()
        if input.isEmpty { requestStartedAt = lastActivity }
        input.append(contentsOf: chunk[..<count])
        processNext()
    }

    /// Hands the complete messages to the handler one at a time, for as long as each is answered
    /// at once (as `Status` is, on this queue) and its reply is written out; reading pauses while
    /// a call waits for its reply.
    ///
    /// Not reentrant: a reply written from inside the handler leaves the next message to this loop.
    private func processNext() {
        guard !dispatching else { return }
        dispatching = true
        defer { dispatching = false }
        while !closed, current == nil, output.isEmpty {
            guard let end = input.firstIndex(of: 0) else {
                if input.count > VarlinkCoding.maximumMessageSize {
                    input.removeAll()
                    closeAfterWrite = true
                    send(VarlinkCoding.frame(error: .invalidMessage("message larger than \(VarlinkCoding.maximumMessageSize) bytes")))
                }
                return
            }
            let message = Array(input[..<end])
            input.removeSubrange(...end)
            requestStartedAt = input.isEmpty ? nil : .now()
            let channel = ReplyChannel { [weak self] reply, continues in
                guard let self else { return }
                if DispatchQueue.getSpecific(key: self.queueKey) != nil {
                    self.assumeIsolated { $0.deliver(reply, continues: continues) }
                } else {
                    self.executor.queue.async { self.assumeIsolated { $0.deliver(reply, continues: continues) } }
                }
            }
            current = channel
            streaming = false
            let files = PassedFiles(receivedFiles)
            receivedFiles = []
            handler.handle(message, from: peer, files: files, reply: channel)
        }
        guard !closed, current != nil else { return }
        if input.count > VarlinkCoding.maximumMessageSize { return close() }
        if !streaming { pauseReading() }
    }

    /// Writes a reply of the current call; the call ends unless it continues. A stream beyond the
    /// user's watches is refused, and a reply beyond the unread bytes allowed drops the connection.
    private func deliver(_ reply: [UInt8]?, continues: Bool) {
        guard !closed else { return }
        if continues, !streaming, let refusal = server?.assumeIsolated({ $0.startWatch(peer) }) {
            current?.markClosed()
            current = nil
            return send(VarlinkCoding.frame(error: refusal.error))
        }
        let pending = output.count - outputWritten
        if let reply, let refusal = server?.assumeIsolated({ $0.refusalToQueue(peer, bytes: reply.count, pending: pending) }) {
            guard pending == 0 else { return close() }
            closeAfterWrite = true
            return send(VarlinkCoding.frame(error: refusal.error))
        }
        if continues {
            streaming = true
            resumeReading()
        } else {
            current = nil
            if streaming { server?.assumeIsolated { $0.endWatch(peer) } }
            streaming = false
        }
        send(reply)
    }

    private func send(_ reply: [UInt8]?) {
        if let reply {
            // A long reply (a listing) is taken as it is rather than copied.
            if output.isEmpty, reply.count > chunk.count { output = reply } else { output.append(contentsOf: reply) }
        }
        flush()
    }

    private func flush() {
        defer { countUnread() }
        while outputWritten < output.count {
            let written = output.withUnsafeBytes { write(fd, $0.baseAddress! + outputWritten, $0.count - outputWritten) }
            if written < 0 {
                if errno == EAGAIN || errno == EINTR { return armWriting() }
                return close()
            }
            outputWritten += written
            lastActivity = .now()
        }
        // Emptied once written, not by the written part after each write, which moved the rest
        // of a long reply (a listing of many alerts) along the buffer every time.
        output.removeAll(keepingCapacity: output.count <= chunk.count)
        outputWritten = 0
        disarmWriting()
        if closeAfterWrite { return close() }
        guard current == nil else { return }
        resumeReading()
        processNext()
    }

    /// Tells the server how many bytes of `output` the client has not read yet.
    private func countUnread() {
        let unread = closed ? 0 : output.count - outputWritten
        guard unread != countedBytes else { return }
        server?.assumeIsolated { [peer, countedBytes] in $0.queued(peer, delta: unread - countedBytes) }
        countedBytes = unread
    }

    /// Flushes again once the client has read enough for the socket to take more.
    private func armWriting() {
        guard !writeArmed else { return }
        writeArmed = true
        if let writeSource {
            writeSource.resume()
        } else {
            let source = DispatchSource.makeWriteSource(fileDescriptor: fd, queue: executor.queue)
            source.setEventHandler { [weak self] in self?.assumeIsolated { $0.flush() } }
            source.resume()
            writeSource = source
        }
    }

    private func disarmWriting() {
        guard writeArmed else { return }
        writeArmed = false
        writeSource?.suspend()
    }

    private func pauseReading() {
        guard !readingPaused else { return }
        readingPaused = true
        readSource?.suspend()
    }

    private func resumeReading() {
        guard readingPaused, !closed else { return }
        readingPaused = false
        readSource?.resume()
    }
}
