/// The kinds of notification channel a site can configure; the journal is always on.
public enum ChannelType: String, CaseIterable, Sendable {
    case command
    case webhook
    case email
}

/// A configured notification channel that people refer to by id.
public struct ChannelDefinition: Sendable, Equatable, Identifiable {
    public var id: String
    public var type: ChannelType

    public init(id: String, type: ChannelType) {
        self.id = id
        self.type = type
    }

    /// The id of the built-in channel that writes every notification to the journal.
    public static let journalID = "journal"
}
