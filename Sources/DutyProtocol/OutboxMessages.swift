/// A notification as the control interface shows it (`io.dutyd.OutboxNotification`).
public struct OutboxNotificationInfo: Codable, Sendable, Equatable {
    public var id: Int64
    public var key: String
    public var alert: Int64
    public var level: Int
    public var recipient: String
    public var channel: String
    public var text: String
    public var state: String
    public var attempts: Int
    public var createdAt: String
    public var nextAttemptAt: String?
    public var deliveredAt: String?
    public var deadAt: String?
    public var lastError: String?

    enum CodingKeys: String, CodingKey {
        case id, key, alert, level, recipient, channel, text, state, attempts
        case createdAt = "created_at"
        case nextAttemptAt = "next_attempt_at"
        case deliveredAt = "delivered_at"
        case deadAt = "dead_at"
        case lastError = "last_error"
    }

    public init(
        id: Int64, key: String, alert: Int64, level: Int, recipient: String, channel: String, text: String, state: String, attempts: Int,
        createdAt: String, nextAttemptAt: String?, deliveredAt: String?, deadAt: String?, lastError: String?
    ) {
        self.id = id
        self.key = key
        self.alert = alert
        self.level = level
        self.recipient = recipient
        self.channel = channel
        self.text = text
        self.state = state
        self.attempts = attempts
        self.createdAt = createdAt
        self.nextAttemptAt = nextAttemptAt
        self.deliveredAt = deliveredAt
        self.deadAt = deadAt
        self.lastError = lastError
    }
}

/// Parameters of `io.dutyd.Outbox`.
public struct OutboxRequest: Codable, Sendable, Equatable {
    public var state: String?

    public init(state: String? = nil) {
        self.state = state
    }
}

/// Reply of `io.dutyd.Outbox`.
public struct OutboxReply: Codable, Sendable, Equatable {
    public var notifications: [OutboxNotificationInfo]

    public init(notifications: [OutboxNotificationInfo]) {
        self.notifications = notifications
    }
}

/// Parameters of `io.dutyd.RetryNotification`.
public struct NotificationIDRequest: Codable, Sendable, Equatable {
    public var id: Int64

    public init(id: Int64) {
        self.id = id
    }
}

/// Reply of `io.dutyd.RetryNotification`.
public struct NotificationReply: Codable, Sendable, Equatable {
    public var notification: OutboxNotificationInfo

    public init(notification: OutboxNotificationInfo) {
        self.notification = notification
    }
}

/// Parameters of `io.dutyd.NotifyTest`.
public struct NotifyTestRequest: Codable, Sendable, Equatable {
    public var channel: String
    public var person: String?

    public init(channel: String, person: String? = nil) {
        self.channel = channel
        self.person = person
    }
}

/// Reply of `io.dutyd.NotifyTest`.
public struct NotifyTestReply: Codable, Sendable, Equatable {
    public var channel: String
    public var person: String
    public var answer: String

    public init(channel: String, person: String, answer: String) {
        self.channel = channel
        self.person = person
        self.answer = answer
    }
}
