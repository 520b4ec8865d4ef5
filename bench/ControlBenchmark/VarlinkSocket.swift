import DutyProtocol
import Glibc

/// A blocking Unix-socket client that sends NUL-terminated messages and reads NUL-terminated replies.
final class VarlinkSocket: @unchecked Sendable {
    private let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)

    init(path: String) {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        precondition(UnixSocketAddress.connect(fd, to: path) == 0, "cannot connect to \(path): errno \(errno)")
    }

    deinit { close(fd) }

    /// Sends `message` (its NUL included) and returns the reply without its NUL.
    @discardableResult
    func call(_ message: [UInt8]) -> [UInt8] {
        var sent = 0
        while sent < message.count {
            let written = message[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            precondition(written > 0, "write failed: errno \(errno)")
            sent += written
        }
        var reply: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            precondition(count > 0, "the daemon closed the connection")
            if let end = buffer[..<count].firstIndex(of: 0) {
                reply.append(contentsOf: buffer[..<end])
                return reply
            }
            reply.append(contentsOf: buffer[..<count])
        }
    }

    /// A Varlink call of `method` with `parameters` (a JSON object text), NUL-terminated.
    static func message(_ method: String, _ parameters: String = "{}") -> [UInt8] {
        Array("{\"method\":\"\(method)\",\"parameters\":\(parameters)}".utf8) + [0]
    }
}
