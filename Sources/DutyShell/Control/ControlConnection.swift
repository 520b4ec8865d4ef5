import Dispatch
import DutyProtocol
import Glibc

/// One client connection: splits its bytes into NUL-terminated messages, hands them to the handler
/// one at a time, and writes the replies back in order.
///
/// Confined to the server's queue.
final class ControlConnection: @unchecked Sendable {
    private let fd: Int32
    private let peer: PeerCredentials
    private let queue: DispatchQueue
    private let handler: ControlRequestHandler
    private var readSource: DispatchSourceRead?
    private var writeSource: DispatchSourceWrite?
    private var input: [UInt8] = []
    private var output: [UInt8] = []
    private var awaitingReply = false
    private var readingPaused = false
    private var writeArmed = false
    private var closeAfterWrite = false
    private var closed = false
    private var sourcesToCancel = 0
    var onClose: (() -> Void)?

    init(fd: Int32, peer: PeerCredentials, queue: DispatchQueue, handler: ControlRequestHandler) {
        self.fd = fd
        self.peer = peer
        self.queue = queue
        self.handler = handler
    }

    func start() {
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler { [unowned self] in readAvailable() }
        source.resume()
        readSource = source
    }

    func close() {
        guard !closed else { return }
        closed = true
        if readingPaused { readSource?.resume() }
        if let writeSource, !writeArmed { writeSource.resume() }
        let sources: [any DispatchSourceProtocol] = [readSource, writeSource].compactMap { $0 }
        sourcesToCancel = sources.count
        if sources.isEmpty { Glibc.close(fd) }
        for source in sources {
            source.setCancelHandler { [self] in
                sourcesToCancel -= 1
                if sourcesToCancel == 0 { Glibc.close(fd) }
            }
            source.cancel()
        }
        onClose?()
    }

    private func readAvailable() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = read(fd, &chunk, chunk.count)
        if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) {
            close()
            return
        }
        guard count > 0 else { return }
        input.append(contentsOf: chunk[..<count])
        processNext()
    }

    /// Hands the next complete message to the handler, unless a reply is still outstanding.
    private func processNext() {
        guard !awaitingReply, !closed else { return }
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
        awaitingReply = true
        pauseReading()
        handler.handle(message, from: peer) { [weak self] reply in
            guard let self else { return }
            self.queue.async {
                self.awaitingReply = false
                self.send(reply)
            }
        }
    }

    private func send(_ reply: [UInt8]?) {
        if let reply { output.append(contentsOf: reply) }
        flush()
    }

    private func flush() {
        while !output.isEmpty {
            let written = output.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EAGAIN || errno == EINTR { return armWriting() }
                return close()
            }
            output.removeFirst(written)
        }
        disarmWriting()
        if closeAfterWrite { return close() }
        resumeReading()
        processNext()
    }

    /// Flushes again once the client has read enough for the socket to take more.
    private func armWriting() {
        guard !writeArmed else { return }
        writeArmed = true
        if let writeSource {
            writeSource.resume()
        } else {
            let source = DispatchSource.makeWriteSource(fileDescriptor: fd, queue: queue)
            source.setEventHandler { [unowned self] in flush() }
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
