import Foundation

/// Reads secrets (robot URLs, signing keys) from files or systemd credentials, never from the
/// main configuration; their contents never reach logs or replies.
public struct SecretStore: Sendable {
    /// systemd's `$CREDENTIALS_DIRECTORY` (`LoadCredential=`), if set.
    public var credentialsDirectory: String?
    /// The configuration file's directory, for relative secret paths.
    public var configDirectory: String

    public init(credentialsDirectory: String?, configDirectory: String) {
        self.credentialsDirectory = credentialsDirectory
        self.configDirectory = configDirectory
    }

    /// The secret's text without a trailing newline. A name with a `/` is a file path (relative to
    /// the configuration's directory); a plain name is a credential in `$CREDENTIALS_DIRECTORY`.
    public func read(_ name: String) throws(DeliveryError) -> String {
        let path: String
        if name.contains("/") {
            path = name.hasPrefix("/") ? name : configDirectory + "/" + name
        } else if let credentialsDirectory {
            path = credentialsDirectory + "/" + name
        } else {
            throw DeliveryError("secret \"\(name)\" is a credential name but $CREDENTIALS_DIRECTORY is not set (use LoadCredential= in the unit, or a file path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeliveryError("cannot read secret \"\(name)\" from \(path)")
        }
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}

/// Why a delivery failed, in words safe to log (no secrets).
public struct DeliveryError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
