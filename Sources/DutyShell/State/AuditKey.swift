import Crypto
import Foundation
import Glibc

/// The secret that keys the history chain (HMAC-SHA256), so that the chain cannot be recomputed
/// without it.
///
/// Read from the systemd credential `audit-key` (`LoadCredential=` puts it in
/// `$CREDENTIALS_DIRECTORY`) when there is one; otherwise from `audit-key` in the state directory,
/// created on first use: the weaker setup, since whoever can write the database can read that file.
struct AuditKey: Sendable {
    /// The name of the credential and of the file in the state directory.
    static let name = "audit-key"
    /// The shortest key accepted, in bytes.
    static let minimumLength = 16

    let key: SymmetricKey
    /// The file it was read from.
    let path: String
    /// Whether it came from a systemd credential rather than the state directory.
    let isCredential: Bool

    /// The credential if systemd passed one, else the state directory's key file, created if absent.
    static func load(stateDirectory: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AuditKey {
        if let credentials = environment["CREDENTIALS_DIRECTORY"], FileManager.default.fileExists(atPath: credentials + "/" + name) {
            return AuditKey(key: try read(credentials + "/" + name), path: credentials + "/" + name, isCredential: true)
        }
        let path = stateDirectory + "/" + name
        try createIfAbsent(path)
        return AuditKey(key: try read(path), path: path, isCredential: false)
    }

    /// Reads a key file, refusing one too short to be a secret.
    private static func read(_ path: String) throws -> SymmetricKey {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw StateError("cannot read the audit key \(path): \(String(cString: strerror(errno)))")
        }
        guard bytes.count >= minimumLength else {
            throw StateError(
                "the audit key \(path) holds \(bytes.count) bytes, fewer than \(minimumLength); make a new one with `head -c 32 /dev/urandom > \(path)`"
                    + " (the history records written with the old key will then fail `dutyctl audit verify`)")
        }
        return SymmetricKey(data: bytes)
    }

    /// Writes 32 random bytes to `path` (mode 0600) unless the file exists.
    private static func createIfAbsent(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw StateError("cannot create the audit key \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        guard write(descriptor, bytes, bytes.count) == bytes.count, fsync(descriptor) == 0 else {
            let cause = String(cString: strerror(errno))
            unlink(path)
            throw StateError("cannot write the audit key \(path): \(cause)")
        }
    }
}
