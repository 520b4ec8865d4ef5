import DutyProtocol
import Glibc

/// A blocking Varlink client over the daemon's Unix socket, which gives up when its timeout has
/// passed since it was created (exit status 5), and sends each change with `ChangeControls`.
final class VarlinkClient {
    private let fd: Int32
    private let path: String
    /// Bytes received past the end of the last reply.
    private var pending: [UInt8] = []
    let timeout: CallTimeout
    /// When to give up, on the monotonic clock (ms); nil once a `Watch` stream is confirmed.
    private var deadline: Int?
    /// The key for the next change: `--idempotency-key`, else a new random one per change.
    private let chosenKey: String?
    /// The controls of the change being sent, for the message if no answer comes.
    private var change: ChangeControls?

    /// Connects, or fails with exit status 3 (not reachable), 4 (no permission to open the socket)
    /// or 5 (no connection within the timeout).
    init(path: String, timeout: CallTimeout = .standard, idempotencyKey: String? = nil) throws(CLIError) {
        self.path = path
        self.timeout = timeout
        self.chosenKey = idempotencyKey
        deadline = CallTimeout.monotonicNow() + timeout.milliseconds
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            throw CLIError(message: tr("cannot create a socket: {0}", String(cString: strerror(errno))), status: CLIError.unreachable)
        }
        // A listener whose backlog is full (a stopped daemon) makes connect wait up to the send timeout.
        var limit = timeval(tv_sec: timeout.milliseconds / 1_000, tv_usec: (timeout.milliseconds % 1_000) * 1_000)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        guard UnixSocketAddress.connect(fd, to: path) == 0 else {
            let reason = String(cString: strerror(errno))
            let denied = errno == EACCES || errno == EPERM
            let late = errno == EAGAIN || errno == EINPROGRESS
            close(fd)
            if late { throw timedOut() }
            throw CLIError(
                message: denied
                    ? tr("cannot open {0}: {1} (ask an administrator to add you to dutyd's admin group)", path, reason)
                    : tr("cannot reach dutyd at {0}: {1} (is it running? try: systemctl status dutyd)", path, reason),
                status: denied ? CLIError.permissionDenied : CLIError.unreachable)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    /// Calls `method` and decodes the reply's parameters, turning error replies into `CLIError`;
    /// `descriptor`, an open file, is passed with the call (`SCM_RIGHTS`) as its file 0.
    /// A change (`DutydInterface.changes`) is sent with an idempotency key, and as its deadline
    /// the moment this client gives up.
    func call<Parameters: Codable & Sendable, Reply: Codable & Sendable>(
        _ method: String, _ parameters: Parameters, passing descriptor: Int32? = nil, returning: Reply.Type
    ) throws(CLIError) -> Reply {
        if DutydInterface.changes.contains(method), let deadline {
            let controls = ChangeControls(idempotencyKey: chosenKey ?? Self.newKey(), notAfter: CallTimeout.wallTime(atMonotonic: deadline))
            change = controls
            try send(VarlinkCall(method: method, parameters: ControlledChange(parameters, controls: controls)), passing: descriptor)
        } else {
            try send(VarlinkCall(method: method, parameters: parameters), passing: descriptor)
        }
        let reply = try decode(receive(), method: method, as: Reply.self).parameters
        change = nil
        return reply
    }

    /// Calls `method`, which takes no parameters, and returns the reply's parameters as parsed
    /// JSON, without `JSONEncoder` and `JSONDecoder`: for `dutyctl status` only (bench/README.md,
    /// `dutyctl status` table, row "the reply parsed by a small JSON parser").
    func call(_ method: String) throws(CLIError) -> [String: JSONValue] {
        // Method names are qualified identifiers: nothing in them needs escaping.
        try send(Array(#"{"method":"\#(method)"}"#.utf8) + [0])
        guard case .object(let parameters)? = try members(of: receive(), method: method)["parameters"] else {
            throw CLIError.unexpectedReply(to: method)
        }
        return parameters
    }

    /// Calls `method` and returns the reply's parameters as the daemon wrote them: compact
    /// JSON with sorted keys, for `--json` output that need not decode and encode it again
    /// (`dutyctl alerts --json`; bench/README.md, row "`dutyctl alerts --json` with 100,000 alerts took 17.4 s").
    func callRaw<Parameters: Codable & Sendable>(_ method: String, _ parameters: Parameters) throws(CLIError) -> ArraySlice<UInt8> {
        try send(VarlinkCall(method: method, parameters: parameters))
        let body = try receive()
        // The daemon writes a reply with parameters and nothing else as exactly this.
        let prefix = Array(#"{"parameters":"#.utf8)
        if body.count > prefix.count, body.starts(with: prefix), body.last == UInt8(ascii: "}") {
            return body[prefix.count..<(body.count - 1)]
        }
        throw Self.error(in: body) ?? CLIError.unexpectedReply(to: method)
    }

    /// Calls `method` with `more` and hands each reply's parameters to `body` until the daemon
    /// ends the call or the connection closes.
    func stream<Parameters: Codable & Sendable, Reply: Codable & Sendable>(
        _ method: String, _ parameters: Parameters, returning: Reply.Type, _ body: (Reply) throws -> Void
    ) throws {
        try send(VarlinkCall(method: method, parameters: parameters, more: true))
        while true {
            let (reply, continues) = try decode(receive(), method: method, as: Reply.self)
            deadline = nil  // the stream is confirmed: its events come when they happen
            try body(reply)
            if !continues { return }
        }
    }

    /// The reply's parameters decoded as `Reply` (Codable), or the daemon's error as a `CLIError`.
    private func decode<Reply: Codable & Sendable>(_ body: [UInt8], method: String, as type: Reply.Type) throws(CLIError) -> (parameters: Reply, continues: Bool) {
        if let reply = try? VarlinkCoding.decode(VarlinkReply<Reply>.self, from: body), reply.error == nil, let parameters = reply.parameters {
            return (parameters, reply.continues ?? false)
        }
        throw Self.error(in: body) ?? CLIError.unexpectedReply(to: method)
    }

    /// The daemon's error in a reply as a `CLIError`, or nil when the reply is not an error.
    private static func error(in body: [UInt8]) -> CLIError? {
        guard let reply = try? VarlinkCoding.decode(VarlinkReply<[String: JSONValue]>.self, from: body), let name = reply.error else { return nil }
        return CLIError(reply: VarlinkError(name, reply.parameters ?? [:]))
    }

    /// The members of a reply read with the small parser (for `dutyctl status`), or its error as a `CLIError`.
    private func members(of body: [UInt8], method: String) throws(CLIError) -> [String: JSONValue] {
        guard case .object(let reply)? = try? JSONValue(parsing: body) else { throw CLIError.unexpectedReply(to: method) }
        if let name = reply["error"]?.stringValue {
            guard case .object(let parameters)? = reply["parameters"] ?? .object([:]) else { throw CLIError.unexpectedReply(to: method) }
            throw CLIError(reply: VarlinkError(name, parameters))
        }
        return reply
    }

    private func send<Parameters: Codable & Sendable>(_ call: VarlinkCall<Parameters>, passing descriptor: Int32? = nil) throws(CLIError) {
        guard let message = try? VarlinkCoding.frame(call) else {
            throw CLIError(message: tr("cannot encode the request"), status: CLIError.failed)
        }
        try send(message, passing: descriptor)
    }

    /// Writes a whole framed message, `descriptor` (if any) with its first bytes.
    private func send(_ message: [UInt8], passing descriptor: Int32? = nil) throws(CLIError) {
        var sent = 0
        while sent < message.count {
            try wait(for: Int16(POLLOUT))
            let written = message[sent...].withUnsafeBytes { bytes in
                if sent == 0, let descriptor { return DescriptorPassing.send(fd, bytes, descriptor: descriptor) }
                return write(fd, bytes.baseAddress, bytes.count)
            }
            if written < 0, errno == EAGAIN || errno == EINTR { continue }
            guard written > 0 else { throw lost() }
            sent += written
        }
    }

    /// Waits until the socket is ready for `events`, or throws `timedOut()` once the deadline has passed.
    private func wait(for events: Int16) throws(CLIError) {
        while true {
            var remaining: Int32 = -1
            if let deadline {
                let left = deadline - CallTimeout.monotonicNow()
                guard left > 0 else { throw timedOut() }
                remaining = Int32(clamping: left)
            }
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&descriptor, 1, remaining)
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw lost() }
        }
    }

    /// The next NUL-terminated reply, without its terminator.
    private func receive() throws(CLIError) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var searched = 0  // bytes of `pending` known to hold no terminator
        while true {
            if let end = pending[searched...].firstIndex(of: 0) {
                if end == pending.count - 1 {  // the usual case: the reply and nothing after it, taken without a copy
                    var reply = pending
                    pending = []
                    reply.removeLast()
                    return reply
                }
                let reply = Array(pending[..<end])
                pending.removeSubrange(...end)
                return reply
            }
            searched = pending.count
            try wait(for: Int16(POLLIN))
            let count = read(fd, &chunk, chunk.count)
            if count < 0, errno == EAGAIN || errno == EINTR { continue }
            guard count > 0 else { throw lost() }
            pending.append(contentsOf: chunk[..<count])
        }
    }

    /// The daemon did not answer in time: what may have happened to a change, and how to find out.
    private func timedOut() -> CLIError {
        var message = tr("dutyd at {0} did not answer within {1} (it may be stopped or overloaded; try: systemctl status dutyd)", path, timeout.description)
        if let change, let key = change.idempotencyKey {
            message += "\n" + tr(
                "The change may or may not have been made: dutyd makes it only if it arrives by {0}, and at most once for key {1}. "
                    + "To find out, run it again with that key; if it was made, dutyd reports it as done and does not make it twice:",
                change.notAfter ?? "?", key)
            message += "\n  " + Self.retryCommand(key: key)
        }
        return CLIError(message: message, status: CLIError.timedOut)
    }

    /// This command line with `--idempotency-key KEY` (once), quoted for a POSIX shell.
    private static func retryCommand(key: String) -> String {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if let index = arguments.firstIndex(of: "--idempotency-key"), index + 1 < arguments.count {
            arguments.removeSubrange(index...(index + 1))
        }
        arguments.removeAll { $0.hasPrefix("--idempotency-key=") }
        let quoted = arguments.map { argument in
            !argument.isEmpty && argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@,+".contains($0) }
                ? argument : "'" + argument.replacing("'", with: #"'\''"#) + "'"
        }
        return (["dutyctl"] + quoted + ["--idempotency-key", key]).joined(separator: " ")
    }

    /// A new random idempotency key: 128 bits in hex.
    private static func newKey() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    private func lost() -> CLIError {
        CLIError(message: tr("the connection to dutyd at {0} was lost", path), status: CLIError.unreachable)
    }
}
