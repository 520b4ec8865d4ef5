/// A character-level cursor over TOML source that knows the line and column of its position.
///
/// Works on an array of Unicode scalars, so columns count scalars and lookahead is cheap.
struct TOMLScanner {
    private let scalars: [Unicode.Scalar]
    private var index: Int
    private var line = 1
    private var lineStart: Int

    /// Creates a scanner at the start of `text`, skipping a leading byte order mark.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        index = scalars.first == "\u{FEFF}" ? 1 : 0
        lineStart = index
    }

    /// Whether the whole text has been consumed.
    var isAtEnd: Bool { index >= scalars.count }

    /// The position of the next character.
    var location: SourceLocation {
        SourceLocation(line: line, column: index - lineStart + 1)
    }

    /// The character `offset` places ahead of the cursor, or nil past the end.
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    /// Whether the cursor is at a line break: LF or CRLF.
    var isAtNewline: Bool {
        let next = peek()
        return next == "\n" || (next == "\r" && peek(1) == "\n")
    }

    /// How the next character is named in a message ("end of line", "'x'", ...).
    var currentDescription: String {
        guard let next = peek() else { return "end of file" }
        return isAtNewline ? "end of line" : next.messageDescription
    }

    /// Moves past one character, starting a new line after LF.
    mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    /// Moves past `count` characters.
    mutating func advance(by count: Int) {
        for _ in 0..<count {
            advance()
        }
    }

    /// Moves past `scalar` if it is next; reports whether it was.
    mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        advance()
        return true
    }

    /// Moves past a line break (LF or CRLF) if one is next; reports whether it was.
    mutating func consumeNewline() -> Bool {
        guard isAtNewline else { return false }
        advance(by: peek() == "\r" ? 2 : 1)
        return true
    }

    /// Moves past spaces and tabs.
    mutating func skipWhitespace() {
        while let next = peek(), next.isTOMLWhitespace {
            advance()
        }
    }

    /// The characters from the cursor on that satisfy `predicate`, without consuming them.
    func peekRun(while predicate: (Unicode.Scalar) -> Bool) -> String {
        var run = String.UnicodeScalarView()
        var position = index
        while position < scalars.count, predicate(scalars[position]) {
            run.append(scalars[position])
            position += 1
        }
        return String(run)
    }

    /// An error at the cursor's position.
    func error(_ message: String) -> TOMLSyntaxError {
        TOMLSyntaxError(location: location, message: message)
    }
}
