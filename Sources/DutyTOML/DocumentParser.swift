/// The state of one parse: the scanner, the table tree being built and the table that
/// receives the key/value pairs of the current section.
struct DocumentParser {
    /// The deepest nesting of arrays and inline tables accepted, so that hostile input
    /// cannot exhaust the stack.
    static let maximumNesting = 100
    /// The most parts a dotted key or table name may have, as toml-test suggests, so that
    /// hostile input cannot nest tables without bound.
    static let maximumKeyParts = 128

    var scanner: TOMLScanner
    let root: TableBuilder
    var current: TableBuilder
    var nestingDepth = 0

    init(text: String) {
        scanner = TOMLScanner(text)
        root = TableBuilder(origin: .explicit, location: SourceLocation(line: 1, column: 1))
        current = root
    }

    /// Parses every line of the document and returns the finished root table.
    mutating func parseDocument() throws(TOMLSyntaxError) -> TOMLTable {
        while true {
            scanner.skipWhitespace()
            guard let next = scanner.peek() else { return root.build() }
            switch next {
            case "[":
                try parseTableHeader()
                try finishLine("expected end of line after table header")
            case "#", "\n", "\r":
                try finishLine("expected end of line")
            default:
                try parseKeyValue(into: current)
                try finishLine("expected end of line after value")
            }
        }
    }

    /// Parses `[a.b]` or `[[a.b]]` and makes the named table the current one.
    private mutating func parseTableHeader() throws(TOMLSyntaxError) {
        let headerLocation = scanner.location
        scanner.advance()
        let isArrayOfTables = scanner.consume("[")
        scanner.skipWhitespace()
        let path = try parseKey()
        scanner.skipWhitespace()
        if isArrayOfTables {
            guard scanner.consume("]"), scanner.consume("]") else {
                throw scanner.error("expected ']]' after array of tables name \(path.quotedName)")
            }
            current = try appendTableArrayElement(path, header: headerLocation)
        } else {
            guard scanner.consume("]") else {
                throw scanner.error("expected ']' after table name \(path.quotedName)")
            }
            current = try defineTable(path, header: headerLocation)
        }
    }

    /// Consumes trailing whitespace, an optional comment and the line break (or end of file)
    /// that must end a line; otherwise throws `expectation` naming what was found.
    private mutating func finishLine(_ expectation: String) throws(TOMLSyntaxError) {
        scanner.skipWhitespace()
        try skipComment()
        if scanner.isAtEnd || scanner.consumeNewline() { return }
        throw scanner.error("\(expectation), found \(scanner.currentDescription)")
    }

    /// Consumes a `#` comment up to (not including) the line break, rejecting control characters.
    mutating func skipComment() throws(TOMLSyntaxError) {
        guard scanner.consume("#") else { return }
        while let next = scanner.peek(), !scanner.isAtNewline {
            if next.isForbiddenControl {
                throw scanner.error("control character \(next.codeDescription) is not allowed in a comment")
            }
            scanner.advance()
        }
    }
}
