import DutyProtocol
import Foundation
import Glibc

/// Plays systemd's side of `sd_notify`: a datagram socket that collects what the daemon sends.
final class NotifyListener {
    let path: String
    private let fd: Int32

    init(directory: URL) throws {
        path = directory.appending(path: "notify-\(UUID().uuidString.prefix(8))").path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard UnixSocketAddress.with(path: path, { bind(fd, $0, $1) }) == 0 else { throw HarnessError("cannot bind \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Datagrams received within `seconds`, stopping early once one satisfies `until`.
    func receive(for seconds: Double, until: (String) -> Bool = { _ in false }) -> [String] {
        var messages: [String] = []
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while Date() < deadline {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { continue }
            let message = String(decoding: buffer[..<count], as: UTF8.self)
            messages.append(message)
            if until(message) { break }
        }
        return messages
    }
}
