/// One mistake in a file as people read it, in English or Chinese: `file:line:column: message` in a TOML
/// file, `file: row 7, column 3 (值班人员): message` (or `Sheet1!C7`) in a spreadsheet, `file: message` for
/// the whole file.
///
/// The message is a `Phrase` when it has a Chinese sentence, else its English text only; the place is a
/// phrase too, so a client says the whole line in its user's language without parsing the English.
public struct DiagnosticLine: Hashable, Sendable, CustomStringConvertible {
    /// Where in the file the mistake is.
    public enum Position: Hashable, Sendable {
        /// A line and column of a text file.
        case text(line: Int, column: Int)
        /// A row, column or cell of a spreadsheet.
        case place(Phrase)
        /// The file as a whole.
        case wholeFile
    }

    public var file: String
    public var position: Position
    /// The message in English, always present.
    public var message: String
    /// The message as a code and arguments, when it has a Chinese sentence.
    public var phrase: Phrase?

    public init(file: String, position: Position, message: String, phrase: Phrase? = nil) {
        self.file = file
        self.position = position
        self.message = message
        self.phrase = phrase
    }

    /// A line whose message is `phrase`.
    public init(file: String, position: Position, phrase: Phrase) {
        self.init(file: file, position: position, message: phrase.english, phrase: phrase)
    }

    public var description: String { text(chinese: false) }

    /// The line in Chinese when `chinese` (as far as it has Chinese sentences), else in English;
    /// file names, line and column numbers and cell references read the same in both.
    public func text(chinese: Bool) -> String {
        let said = chinese ? phrase.flatMap { Phrasebook.render(code: $0.code, arguments: $0.arguments, chinese: true) } ?? message : message
        switch position {
        case .text(let line, let column): return "\(file):\(line):\(column): \(said)"
        case .place(let place): return "\(file): \(place.text(chinese: chinese)): \(said)"
        case .wholeFile: return "\(file): \(said)"
        }
    }
}
