import Foundation
import GRDB
import Glibc

extension StateStore {
    /// Why a backup could not be written into the file the client passed.
    public struct BackupError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes a consistent copy of the database, with what is still in its write-ahead log, into
    /// `fd` (a regular file the client opened for writing); returns its size. The copy is made
    /// with `VACUUM INTO` on a read-only connection of its own, so commits go on meanwhile, into a
    /// temporary file in the state directory that is removed afterwards.
    public func backup(into fd: Int32) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw BackupError(description: "the file passed is not a regular file opened for writing")
        }
        let temporary = (path as NSString).deletingLastPathComponent + "/backup-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
        defer { unlink(temporary) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        try reader.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
        try reader.close()
        return try Self.copy(temporary, into: fd)
    }

    /// Copies the file at `source` into `fd` and flushes it to disk; returns the bytes copied.
    private static func copy(_ source: String, into fd: Int32) throws -> Int {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw BackupError(description: "cannot read the copy \(source): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        while true {
            let count = read(input, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw BackupError(description: "cannot read the copy: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            var written = 0
            while written < count {
                let result = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + written, count - written) }
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { throw BackupError(description: "cannot write the backup: \(String(cString: strerror(errno)))") }
                written += result
            }
            total += count
        }
        guard fsync(fd) == 0 else { throw BackupError(description: "cannot flush the backup to disk: \(String(cString: strerror(errno)))") }
        return total
    }
}
