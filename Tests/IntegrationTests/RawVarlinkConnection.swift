import DutyProtocol
import Foundation
import Glibc

/// A raw connection to the control socket for sending arbitrary bytes, malformed ones included.
final class RawVarlinkConnection {
    private let fd: Int32

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard UnixSocketAddress.connect(fd, to: path) == 0 else { throw HarnessError("cannot connect to \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Sends bytes as they are (the caller adds the NUL terminator if it wants one). A daemon
    /// that closed the connection or was killed makes this fail quietly (`MSG_NOSIGNAL`)
    /// rather than kill the test process with SIGPIPE; the next `receive` tells.
    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    func send(_ text: String) {
        send(Array(text.utf8) + [0])
    }

    /// Reads one NUL-terminated reply and decodes it as a JSON object; nil when the connection closed.
    func receive() throws -> [String: JSONValue]? {
        var reply: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1 {
            if byte == 0 { return try JSONDecoder().decode([String: JSONValue].self, from: Data(reply)) }
            reply.append(byte)
        }
        return nil
    }

    /// Sends `text` as one message and returns the reply.
    func call(_ text: String) throws -> [String: JSONValue]? {
        send(text)
        return try receive()
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// The reply's `parameters` object, if it has one.
    var objectParameters: [String: JSONValue]? {
        if case .object(let parameters)? = self["parameters"] { parameters } else { nil }
    }
}
