/// User-facing text in the user's language, looked up by its English wording as gettext does.
///
/// The English text is the key, so code reads in English and a missing translation shows the
/// English text rather than nothing. A template marks its arguments `{0}`, `{1}`, …, so a
/// translation may put them in another order. Where one English word needs two
/// translations, a context tells them apart (as gettext's `msgctxt`).
public struct MessageCatalogue: Sendable {
    public let language: MessageLanguage
    private let chinese: [String: String]

    /// A catalogue speaking `language`, with the Chinese text of each English one.
    public init(language: MessageLanguage, chinese: [String: String]) {
        self.language = language
        self.chinese = chinese
    }

    /// `english` in the catalogue's language.
    public func callAsFunction(_ english: String) -> String {
        language == .chinese ? chinese[english] ?? english : english
    }

    /// The template `english` in the catalogue's language with `{0}`, `{1}`, … replaced by `arguments`.
    public func callAsFunction(_ english: String, _ arguments: String...) -> String {
        var text = self(english)
        for (index, argument) in arguments.enumerated() {
            text = text.replacing("{\(index)}", with: argument)
        }
        return text
    }

    /// `english` in the catalogue's language where the same English words need another
    /// translation in `context`: the Chinese text is kept under `context|english`.
    public func callAsFunction(_ english: String, context: String) -> String {
        language == .chinese ? chinese["\(context)|\(english)"] ?? self(english) : english
    }

    /// Whether the catalogue has Chinese text for `english` (for tests of completeness).
    public func hasTranslation(_ english: String) -> Bool {
        chinese[english] != nil
    }
}
