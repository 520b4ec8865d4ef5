/// Key/value pairs, value dispatch, arrays and inline tables.
extension DocumentParser {
    /// Parses `key = value` and stores the value in `table`.
    mutating func parseKeyValue(into table: TableBuilder) throws(TOMLSyntaxError) {
        let path = try parseKey()
        scanner.skipWhitespace()
        guard scanner.consume("=") else {
            throw scanner.error("expected '=' after key \(path.quotedName)")
        }
        scanner.skipWhitespace()
        if scanner.isAtEnd || scanner.isAtNewline || scanner.peek() == "#" {
            throw scanner.error("expected a value for key \(path.quotedName)")
        }
        // Inside an inline table every dotted part is one more level of nesting.
        let dottedLevels = nestingDepth > 0 ? path.count - 1 : 0
        nestingDepth += dottedLevels
        defer { nestingDepth -= dottedLevels }
        let node = try parseValue()
        try assign(node, to: path, in: table)
    }

    /// Parses the value at the cursor and records where it starts.
    private mutating func parseValue() throws(TOMLSyntaxError) -> TOMLNode {
        let location = scanner.location
        let value: TOMLValue
        switch scanner.peek() {
        case "\""?, "'"?:
            value = .string(try parseString())
        case "["?:
            value = .array(try parseArray())
        case "{"?:
            value = .table(try parseInlineTable())
        case let first? where first.isDecimalDigit || first == "+" || first == "-":
            value = isAtDateOrTime ? .dateTime(try parseDateTime()) : try parseNumber()
        default:
            value = try parseKeyword()
        }
        return TOMLNode(value: value, location: location)
    }

    /// Parses `true`, `false`, `inf` or `nan`; any other word is an unquoted string, which
    /// TOML does not allow.
    private mutating func parseKeyword() throws(TOMLSyntaxError) -> TOMLValue {
        let word = scanner.peekRun(while: \.isBareKeyCharacter)
        let value: TOMLValue
        switch word {
        case "true": value = .boolean(true)
        case "false": value = .boolean(false)
        case "inf": value = .float(.infinity)
        case "nan": value = .float(.nan)
        case "": throw scanner.error("expected a value, found \(scanner.currentDescription)")
        default: throw scanner.error("expected a value, found '\(word)' (strings must be quoted)")
        }
        scanner.advance(by: word.unicodeScalars.count)
        return value
    }

    /// Parses `[ ... ]`, which may span lines and contain comments and a trailing comma.
    private mutating func parseArray() throws(TOMLSyntaxError) -> [TOMLNode] {
        try enterNesting()
        defer { nestingDepth -= 1 }
        scanner.advance()
        var elements: [TOMLNode] = []
        while true {
            try skipArrayWhitespace()
            if scanner.consume("]") { return elements }
            elements.append(try parseValue())
            try skipArrayWhitespace()
            if scanner.consume("]") { return elements }
            guard scanner.consume(",") else {
                throw scanner.error("expected ',' or ']' in array, found \(scanner.currentDescription)")
            }
        }
    }

    /// Skips whitespace, line breaks and comments between array elements.
    private mutating func skipArrayWhitespace() throws(TOMLSyntaxError) {
        repeat {
            scanner.skipWhitespace()
            try skipComment()
        } while scanner.consumeNewline()
    }

    /// Parses `{ key = value, ... }`, which must stay on one line and has no trailing comma.
    private mutating func parseInlineTable() throws(TOMLSyntaxError) -> TOMLTable {
        try enterNesting()
        defer { nestingDepth -= 1 }
        let table = TableBuilder(origin: .explicit, location: scanner.location)
        scanner.advance()
        scanner.skipWhitespace()
        if scanner.consume("}") { return table.build() }
        while true {
            try rejectNewlineInInlineTable()
            try parseKeyValue(into: table)
            scanner.skipWhitespace()
            if scanner.consume("}") { return table.build() }
            try rejectNewlineInInlineTable()
            guard scanner.consume(",") else {
                throw scanner.error("expected ',' or '}' in inline table, found \(scanner.currentDescription)")
            }
            scanner.skipWhitespace()
            if scanner.peek() == "}" {
                throw scanner.error("expected a key after ',' (inline tables do not allow a trailing comma)")
            }
        }
    }

    /// Counts one more level of array or inline-table nesting, refusing to go deeper than
    /// `maximumNesting`.
    private mutating func enterNesting() throws(TOMLSyntaxError) {
        guard nestingDepth < Self.maximumNesting else {
            throw scanner.error("expected at most \(Self.maximumNesting) levels of nested arrays and inline tables")
        }
        nestingDepth += 1
    }

    /// Throws if the cursor is at a line break, which inline tables may not contain.
    private func rejectNewlineInInlineTable() throws(TOMLSyntaxError) {
        if scanner.isAtNewline {
            throw scanner.error("expected '}' before end of line (inline tables must be on one line)")
        }
    }
}
