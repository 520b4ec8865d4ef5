/// Parameters of `io.dutyd.Reply`: an SMS reply the bureau's gateway received.
public struct ReplyRequest: Codable, Sendable, Equatable {
    /// The sender's number as the gateway reports it (`+8613906332002` is fine).
    public var from: String
    public var text: String

    public init(from: String, text: String) {
        self.from = from
        self.text = text
    }
}

/// Reply of `io.dutyd.Reply`: whether the reply acted, the Chinese text to send back, and what it did or why not.
public struct ReplyReply: Codable, Sendable, Equatable {
    public var accepted: Bool
    /// The text the gateway sends back to the phone, in Chinese.
    public var answer: String
    /// Why nothing changed, in English, for a refused reply.
    public var reason: String?
    /// The alert acknowledged or resolved.
    public var alert: AlertInfo?
    /// The person who acted (id).
    public var person: String?
    /// `acknowledge` or `resolve`.
    public var action: String?

    public init(accepted: Bool, answer: String, reason: String? = nil, alert: AlertInfo? = nil, person: String? = nil, action: String? = nil) {
        self.accepted = accepted
        self.answer = answer
        self.reason = reason
        self.alert = alert
        self.person = person
        self.action = action
    }
}
