/// The kinds of notification channel a site can configure; the journal is always on.
public enum ChannelType: String, CaseIterable, Sendable {
    case command
    case webhook
    case email
}

/// The body format a webhook expects.
public enum WebhookFormat: String, CaseIterable, Sendable {
    /// `{"key": …, "alert": …, "text": …, …}`: the notification's fields as JSON.
    case generic
    /// WeCom (企业微信) group robot: `{"msgtype": "text", "text": {"content": …}}`.
    case wecom
    /// DingTalk custom robot, optionally signed: `{"msgtype": "text", "text": {"content": …}}`.
    case dingtalk
}

/// Where a channel delivers, by type.
public enum ChannelTarget: Sendable, Equatable {
    /// Runs `argv` (no shell) with the notification as JSON on stdin.
    case command(argv: [String])
    /// POSTs to the URL read from the secret `urlSecret`; DingTalk signs with `signingSecret`.
    case webhook(format: WebhookFormat, urlSecret: String, signingSecret: String?)
    /// Hands a message to `sendmail -t`.
    case email(sendmail: String, from: String)
}

/// A configured notification channel that people refer to by id.
public struct ChannelDefinition: Sendable, Equatable, Identifiable {
    public var id: String
    public var target: ChannelTarget
    /// How long one delivery may take before it counts as failed.
    public var timeout: Duration
    /// Deliveries in flight at once.
    public var concurrency: Int
    /// Deliveries started per minute at most.
    public var ratePerMinute: Int
    /// Attempts before a notification is parked as a dead letter.
    public var maxAttempts: Int
    /// When to try a failed delivery again.
    public var retry: RetryPolicy
    /// Overrides the default message template (see `NotificationTemplate`).
    public var template: String?
    /// The channel sends text messages (`sms = true`): it is never used for someone with only a landline.
    public var sendsSMS = false

    public init(
        id: String, target: ChannelTarget, timeout: Duration = .seconds(30), concurrency: Int = 4, ratePerMinute: Int = 60,
        maxAttempts: Int = 8, retry: RetryPolicy = RetryPolicy(), template: String? = nil
    ) {
        self.id = id
        self.target = target
        self.timeout = timeout
        self.concurrency = concurrency
        self.ratePerMinute = ratePerMinute
        self.maxAttempts = maxAttempts
        self.retry = retry
        self.template = template
    }

    public var type: ChannelType {
        switch target {
        case .command: .command
        case .webhook: .webhook
        case .email: .email
        }
    }

    /// The id of the built-in channel that writes every notification to the journal.
    public static let journalID = "journal"
}
