/// TOML's four string forms: basic, literal, multi-line basic and multi-line literal.
extension DocumentParser {
    /// Parses the string at the cursor, whichever of the four forms it is.
    mutating func parseString() throws(TOMLSyntaxError) -> String {
        let quote = scanner.peek()
        let isMultiline = scanner.peek(1) == quote && scanner.peek(2) == quote
        switch (quote == "\"", isMultiline) {
        case (true, false): return try parseBasicString()
        case (false, false): return try parseLiteralString()
        case (true, true): return try parseMultilineString(quote: "\"")
        case (false, true): return try parseMultilineString(quote: "'")
        }
    }

    /// Parses a single-line `"..."` string, decoding escapes.
    mutating func parseBasicString() throws(TOMLSyntaxError) -> String {
        scanner.advance()
        var content = String.UnicodeScalarView()
        while true {
            guard let next = scanner.peek(), !scanner.isAtNewline else {
                throw unterminatedString(quote: "\"")
            }
            switch next {
            case "\"":
                scanner.advance()
                return String(content)
            case "\\":
                content.append(try parseEscape())
            default:
                try appendCharacter(next, to: &content)
            }
        }
    }

    /// Parses a single-line `'...'` string, taking every character literally.
    mutating func parseLiteralString() throws(TOMLSyntaxError) -> String {
        scanner.advance()
        var content = String.UnicodeScalarView()
        while true {
            guard let next = scanner.peek(), !scanner.isAtNewline else {
                throw unterminatedString(quote: "'")
            }
            if next == "'" {
                scanner.advance()
                return String(content)
            }
            try appendCharacter(next, to: &content)
        }
    }

    /// Parses a `"""..."""` or `'''...'''` string. A line break right after the opening
    /// delimiter is dropped, CRLF becomes LF, and in the basic form escapes are decoded and
    /// a backslash at the end of a line removes the following whitespace and line breaks.
    private mutating func parseMultilineString(quote: Unicode.Scalar) throws(TOMLSyntaxError) -> String {
        let openingLine = scanner.location.line
        scanner.advance(by: 3)
        _ = scanner.consumeNewline()
        var content = String.UnicodeScalarView()
        while true {
            guard let next = scanner.peek() else {
                let delimiter = String(repeating: String(quote), count: 3)
                throw scanner.error(
                    "unterminated multi-line string (opened at line \(openingLine)); expected '\(delimiter)' before end of file")
            }
            if next == quote {
                if consumeQuoteRun(quote, into: &content) { return String(content) }
            } else if scanner.consumeNewline() {
                content.append("\n")
            } else if next == "\\" && quote == "\"" {
                if isAtLineEndingBackslash() {
                    skipLineEndingBackslash()
                } else {
                    content.append(try parseEscape())
                }
            } else {
                try appendCharacter(next, to: &content)
            }
        }
    }

    /// At a run of quote characters inside a multi-line string: three or more close the string
    /// (up to two extra quotes before them belong to the content); fewer are content.
    /// Returns whether the string was closed.
    private mutating func consumeQuoteRun(_ quote: Unicode.Scalar, into content: inout String.UnicodeScalarView) -> Bool {
        var count = 0
        while count < 5 && scanner.peek(count) == quote {
            count += 1
        }
        let closes = count >= 3
        for _ in 0..<(closes ? count - 3 : count) {
            content.append(quote)
        }
        scanner.advance(by: count)
        return closes
    }

    /// Whether the cursor is at a backslash followed only by whitespace up to the end of the line.
    private func isAtLineEndingBackslash() -> Bool {
        var offset = 1
        while let next = scanner.peek(offset), next.isTOMLWhitespace {
            offset += 1
        }
        let next = scanner.peek(offset)
        return next == "\n" || (next == "\r" && scanner.peek(offset + 1) == "\n")
    }

    /// Skips a line-ending backslash and all whitespace and line breaks after it.
    private mutating func skipLineEndingBackslash() {
        scanner.advance()
        while true {
            scanner.skipWhitespace()
            guard scanner.consumeNewline() else { return }
        }
    }

    /// Parses an escape sequence such as `\n` or `\u00E9` and returns the character it stands for.
    private mutating func parseEscape() throws(TOMLSyntaxError) -> Unicode.Scalar {
        let start = scanner.location
        scanner.advance()
        let decoded: Unicode.Scalar
        switch scanner.peek() {
        case "b"?: decoded = "\u{08}"
        case "t"?: decoded = "\t"
        case "n"?: decoded = "\n"
        case "f"?: decoded = "\u{0C}"
        case "r"?: decoded = "\r"
        case "\""?: decoded = "\""
        case "\\"?: decoded = "\\"
        case "u"?: return try parseUnicodeEscape(digitCount: 4, start: start)
        case "U"?: return try parseUnicodeEscape(digitCount: 8, start: start)
        default:
            let expected = "(expected \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\u or \\U)"
            if let next = scanner.peek(), !scanner.isAtNewline, !next.isForbiddenControl, next != " " {
                throw TOMLSyntaxError(location: start, message: "invalid escape sequence '\\\(next)' \(expected)")
            }
            throw TOMLSyntaxError(
                location: start,
                message: "invalid escape sequence: '\\' followed by \(scanner.currentDescription) \(expected)")
        }
        scanner.advance()
        return decoded
    }

    /// Parses the hexadecimal digits of `\uXXXX` or `\UXXXXXXXX`, the cursor being at the `u`.
    private mutating func parseUnicodeEscape(digitCount: Int, start: SourceLocation) throws(TOMLSyntaxError) -> Unicode.Scalar {
        let letter = digitCount == 4 ? "u" : "U"
        scanner.advance()
        var code: UInt32 = 0
        var digits = ""
        for _ in 0..<digitCount {
            guard let next = scanner.peek(), let digit = next.hexDigitValue else {
                throw scanner.error(
                    "expected \(digitCount) hexadecimal digits after '\\\(letter)', found \(scanner.currentDescription)")
            }
            code = code * 16 + UInt32(digit)
            digits.unicodeScalars.append(next)
            scanner.advance()
        }
        guard let scalar = Unicode.Scalar(code) else {
            throw TOMLSyntaxError(
                location: start,
                message: "invalid escape '\\\(letter)\(digits)': not a Unicode scalar value")
        }
        return scalar
    }

    /// Appends an ordinary string character, rejecting control characters other than tab.
    private mutating func appendCharacter(_ character: Unicode.Scalar, to content: inout String.UnicodeScalarView) throws(TOMLSyntaxError) {
        if character.isForbiddenControl {
            throw scanner.error("control character \(character.codeDescription) is not allowed in a string")
        }
        content.append(character)
        scanner.advance()
    }

    /// The error for a single-line string that reaches the end of the line or file.
    private func unterminatedString(quote: Unicode.Scalar) -> TOMLSyntaxError {
        scanner.error("unterminated string; expected \(quote.messageDescription) before \(scanner.currentDescription)")
    }
}
