import DutyProtocol
import Foundation
import Glibc

/// The floor for a control-socket round trip: a Unix socket server that answers each
/// NUL-terminated message at once with a canned reply of the daemon's size, no work in between.
final class PingPongServer: @unchecked Sendable {
    let path: String
    private let listener: Int32
    private let reply: [UInt8]

    init(path: String, replySize: Int) {
        self.path = path
        reply = [UInt8](repeating: UInt8(ascii: " "), count: replySize) + [0]
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        unlink(path)
        precondition(UnixSocketAddress.with(path: path, { bind(listener, $0, $1) }) == 0 && listen(listener, 4) == 0)
        Thread.detachNewThread { [self] in serve(accept(listener, nil, nil)) }
    }

    private func serve(_ connection: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
            guard count > 0 else {
                close(connection)
                return
            }
            if buffer[..<count].contains(0) {
                _ = reply.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            }
        }
    }
}
