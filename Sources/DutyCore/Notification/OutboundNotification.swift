import Foundation

/// One message to one person through one channel, as kept in the outbox until delivered.
public struct OutboundNotification: Sendable, Equatable {
    /// Stable identity: alert, level, when the transition fell due, recipient and channel.
    /// The same notification is never queued twice, and receivers may use it to drop repeats.
    public var key: String
    public var alertID: Int64
    public var level: Int
    public var recipient: String
    public var channel: String
    public var text: String
    /// The main fields, for JSON bodies and the environment of command channels.
    public var fields: [String: String]
    public var createdAt: Date
    /// Not sent before this (a reminder held by a quiet window); nil to send at once.
    public var notBefore: Date?

    public init(key: String, alertID: Int64, level: Int, recipient: String, channel: String, text: String, fields: [String: String], createdAt: Date) {
        self.key = key
        self.alertID = alertID
        self.level = level
        self.recipient = recipient
        self.channel = channel
        self.text = text
        self.fields = fields
        self.createdAt = createdAt
    }
}
