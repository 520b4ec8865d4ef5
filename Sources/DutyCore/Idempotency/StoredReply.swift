import Foundation

/// The reply to a change, kept under the idempotency key its client chose until it expires.
public struct StoredReply: Sendable, Equatable {
    public var key: String
    /// The Varlink method the key was first used with.
    public var method: String
    /// The framed reply, exactly as it was sent the first time.
    public var reply: [UInt8]
    public var storedAt: Date
    public var expiresAt: Date

    public init(key: String, method: String, reply: [UInt8], storedAt: Date, expiresAt: Date) {
        self.key = key
        self.method = method
        self.reply = reply
        self.storedAt = storedAt
        self.expiresAt = expiresAt
    }
}
