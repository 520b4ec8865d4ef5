import CSystemd
import Glibc

/// Sends entries to systemd-journald through `sd_journal_sendv`.
public enum JournalWriter {
    /// The socket journald listens on; its presence means a journal is running.
    public static let socketPath = "/run/systemd/journal/socket"

    /// Whether journald is running on this machine.
    public static var isAvailable: Bool { access(socketPath, F_OK) == 0 }

    /// Writes one entry; returns false when journald refused it.
    @discardableResult
    public static func send(_ fields: [(String, String)]) -> Bool {
        var buffer: [UInt8] = []
        var ranges: [Range<Int>] = []
        for (name, value) in fields {
            let start = buffer.count
            buffer.append(contentsOf: name.utf8)
            buffer.append(UInt8(ascii: "="))
            buffer.append(contentsOf: value.utf8)
            ranges.append(start..<buffer.count)
        }
        return buffer.withUnsafeMutableBytes { bytes in
            var vectors = ranges.map { range in
                iovec(iov_base: bytes.baseAddress! + range.lowerBound, iov_len: range.count)
            }
            return sd_journal_sendv(&vectors, Int32(vectors.count)) == 0
        }
    }
}
