import Foundation
import GRDB

/// A write the state database could not make for lack of room or an I/O error (SQLITE_FULL,
/// SQLITE_IOERR): the disk may come back, so dutyd keeps running and retries rather than stop.
public struct StorageUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    /// What SQLite said, with its extended result code, e.g. "database or disk is full (SQLite error 13)".
    public var cause: String

    public init(cause: String) {
        self.cause = cause
    }

    /// The storage failure `error` stands for, or nil when it is another kind of failure (a bug, a corrupt file).
    public init?(_ error: any Error) {
        guard let error = error as? DatabaseError, [.SQLITE_FULL, .SQLITE_IOERR].contains(error.resultCode) else { return nil }
        self.init(cause: "\(error.message ?? "disk I/O error") (SQLite error \(error.extendedResultCode.rawValue))")
    }

    public var description: String { cause }
}
