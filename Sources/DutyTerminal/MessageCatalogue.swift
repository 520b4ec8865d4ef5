/// User-facing text in the user's language, looked up by its English wording as gettext does.
///
/// The English text is the key, so code reads in English and a missing translation shows the
/// English text rather than nothing. A template marks its arguments `{0}`, `{1}`, …, so a
/// translation may put them in another order. Where one English word needs two
/// translations, a context tells them apart (as gettext's `msgctxt`).
public struct MessageCatalogue: Sendable {
    public let language: MessageLanguage
    /// The Chinese table, built only when the catalogue speaks Chinese: building it cost an
    /// English `dutyctl status` a fifth of its instructions (bench/cli-status.sh).
    private let chinese: [String: String]?

    /// A catalogue speaking `language`, with the Chinese text of each English one.
    public init(language: MessageLanguage, chinese: @autoclosure () -> [String: String]) {
        self.language = language
        self.chinese = language == .chinese ? chinese() : nil
    }

    /// `english` in the catalogue's language.
    public func callAsFunction(_ english: String) -> String {
        chinese?[english] ?? english
    }

    /// The template `english` in the catalogue's language with `{0}`, `{1}`, … replaced by `arguments`.
    public func callAsFunction(_ english: String, _ arguments: String...) -> String {
        Self.fill(self(english), with: arguments)
    }

    /// `template` with each `{n}` replaced by `arguments[n]`, in one pass (an argument's own text
    /// is never read as a placeholder); a placeholder without an argument stays as written.
    /// Written out because the standard library's generic `replacing` cost a `dutyctl status`
    /// a tenth of its instructions (bench/cli-status.sh).
    static func fill(_ template: String, with arguments: [String]) -> String {
        let bytes = template.utf8
        var result = ""
        var copied = bytes.startIndex
        var cursor = bytes.startIndex
        while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "{")) {
            var close = bytes.index(after: open)
            var number = 0
            while close < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[close]), number < 1_000 {
                number = number * 10 + Int(bytes[close] - UInt8(ascii: "0"))
                close = bytes.index(after: close)
            }
            let isPlaceholder = close > bytes.index(after: open) && close < bytes.endIndex && bytes[close] == UInt8(ascii: "}")
            guard isPlaceholder, number < arguments.count else {
                cursor = bytes.index(after: open)
                continue
            }
            result += String(template[copied..<open])
            result += arguments[number]
            copied = bytes.index(after: close)
            cursor = copied
        }
        return result + String(template[copied...])
    }

    /// `english` in the catalogue's language where the same English words need another
    /// translation in `context`: the Chinese text is kept under `context|english`.
    public func callAsFunction(_ english: String, context: String) -> String {
        chinese?["\(context)|\(english)"] ?? self(english)
    }
}
