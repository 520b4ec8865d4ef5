import DutyProtocol
import Glibc

/// A blocking Varlink client over the daemon's Unix socket.
final class VarlinkClient {
    private let fd: Int32
    private let path: String
    /// Bytes received past the end of the last reply.
    private var pending: [UInt8] = []

    /// Connects, or fails with exit status 3 (not reachable) or 4 (no permission to open the socket).
    init(path: String) throws(CLIError) {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            throw CLIError(message: tr("cannot create a socket: {0}", String(cString: strerror(errno))), status: CLIError.unreachable)
        }
        guard UnixSocketAddress.connect(fd, to: path) == 0 else {
            let reason = String(cString: strerror(errno))
            let denied = errno == EACCES || errno == EPERM
            close(fd)
            throw CLIError(
                message: denied
                    ? tr("cannot open {0}: {1} (ask an administrator to add you to dutyd's admin group)", path, reason)
                    : tr("cannot reach dutyd at {0}: {1} (is it running? try: systemctl status dutyd)", path, reason),
                status: denied ? CLIError.permissionDenied : CLIError.unreachable)
        }
    }

    /// Calls `method` and decodes the reply's parameters, turning error replies into `CLIError`.
    func call<Parameters: Codable & Sendable, Reply: Codable & Sendable>(
        _ method: String, _ parameters: Parameters, returning: Reply.Type
    ) throws(CLIError) -> Reply {
        try send(VarlinkCall(method: method, parameters: parameters))
        return try decode(receive(), method: method, as: Reply.self).parameters
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

    private func send<Parameters: Codable & Sendable>(_ call: VarlinkCall<Parameters>) throws(CLIError) {
        guard let message = try? VarlinkCoding.frame(call) else {
            throw CLIError(message: tr("cannot encode the request"), status: CLIError.failed)
        }
        try send(message)
    }

    /// Writes a whole framed message.
    private func send(_ message: [UInt8]) throws(CLIError) {
        var sent = 0
        while sent < message.count {
            let written = message[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw lost() }
            sent += written
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
            let count = read(fd, &chunk, chunk.count)
            guard count > 0 else { throw lost() }
            pending.append(contentsOf: chunk[..<count])
        }
    }

    private func lost() -> CLIError {
        CLIError(message: tr("the connection to dutyd at {0} was lost", path), status: CLIError.unreachable)
    }
}
