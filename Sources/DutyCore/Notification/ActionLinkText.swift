/// The personal action link a notification names (`public_url/a/TOKEN`) when `[web]` is
/// configured. The core cannot know the token, which is minted and stored hashed only when the
/// outbox delivers the notification, so it writes `placeholder` in its place: exactly as long as
/// a token, so the text fitted around it (two SMS segments) keeps its length.
public enum ActionLinkText {
    /// Stands for the token in queued text and fields; 22 characters, as a token is.
    public static let placeholder = "DUTYD_LINK_TOKEN_HERE_"
    /// The field naming what the link opens, e.g. `alert 12`.
    public static let subjectField = "link_subject"
    /// The field of a group robot's notification holding the link to the read-only item page (no person: no buttons).
    public static let itemField = "item_link"

    /// The link's address with the placeholder for its token.
    public static func url(publicURL: String) -> String {
        publicURL + "/a/" + placeholder
    }

    /// Whether a notification through `channel` to `recipient` names a personal link: `[web]` is
    /// configured, the recipient is a person and the channel is one of theirs (command or email).
    public static func applies(channel: String, recipient: String, _ configuration: Configuration) -> Bool {
        guard configuration.web != nil, configuration.person(recipient) != nil else { return false }
        return [.command, .email].contains(configuration.channels.first { $0.id == channel }?.type)
    }
}
