/// The Chinese words for the stable English values of the `io.dutyd` interface, both ways.
///
/// Tables show a value's word (`acknowledged` as 已确认 under a Chinese locale), and options
/// accept the value, its word or one of its other accepted words (`--state 已确认`).
public struct WordTable: Sendable {
    /// One interface value, its Chinese word, and further words that mean it.
    public struct Entry: Sendable {
        public var value: String
        public var word: String
        public var aliases: [String]

        public init(_ value: String, _ word: String, aliases: [String] = []) {
            self.value = value
            self.word = word
            self.aliases = aliases
        }
    }

    public let entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// How `value` is shown in `language`: its Chinese word, or the value itself in English
    /// (and for values the table does not know).
    public func display(_ value: String, in language: MessageLanguage) -> String {
        guard language == .chinese else { return value }
        return entries.first { $0.value == value }?.word ?? value
    }

    /// The interface value an argument means: a value, a word or an alias; nil for anything else.
    public func value(for argument: String) -> String? {
        entries.first { $0.value == argument || $0.word == argument || $0.aliases.contains(argument) }?.value
    }

    /// Every value followed by its Chinese word, `triggered (告警)`, for help texts.
    public var help: String {
        entries.map { "\($0.value) (\($0.word))" }.joined(separator: ", ")
    }
}
