/// A sentence for people, as a stable code and its arguments, said in English or Chinese from the `Phrasebook`.
///
/// The code names the sentence, not its wording, so a client may render it in its user's language
/// while the English text stays what `--json`, the journal and the logs show. A template marks its
/// arguments `{0}`, `{1}`, …; a language may use some of them only (an English word and its
/// Chinese twin travel as two arguments).
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let arguments: [String]

    public init(_ code: String, _ arguments: String...) {
        self.init(code: code, arguments: arguments)
    }

    public init(code: String, arguments: [String]) {
        self.code = code
        self.arguments = arguments
    }

    /// The English sentence.
    public var english: String { Phrasebook.render(code: code, arguments: arguments, chinese: false) ?? "\(code) \(arguments)" }

    /// The Chinese sentence.
    public var chinese: String { Phrasebook.render(code: code, arguments: arguments, chinese: true) ?? english }

    /// The sentence in Chinese when `chinese`, else in English.
    public func text(chinese: Bool) -> String { chinese ? self.chinese : english }

    public var description: String { english }
}

extension Phrase {
    /// `row 7`, or `rows 7–9` when `last` is after `first`.
    public static func rows(_ first: Int, _ last: Int) -> Phrase {
        first == last ? Phrase("sheet.row", String(first)) : Phrase("sheet.rows", String(first), String(last))
    }
}
