/// Integers (decimal, hexadecimal, octal, binary) and floats (fraction, exponent, inf, nan).
extension DocumentParser {
    /// Parses the integer or float at the cursor, which starts with a digit or a sign.
    mutating func parseNumber() throws(TOMLSyntaxError) -> TOMLValue {
        let start = scanner.location
        var sign: Unicode.Scalar?
        if let first = scanner.peek(), first == "+" || first == "-" {
            sign = first
            scanner.advance()
            if let special = parseSpecialFloat(negative: first == "-") {
                return special
            }
            guard scanner.peek()?.isDecimalDigit == true else {
                throw scanner.error("expected a digit after '\(first)', found \(scanner.currentDescription)")
            }
        }
        if scanner.peek() == "0", let prefix = scanner.peek(1), prefix == "x" || prefix == "o" || prefix == "b" {
            if let sign {
                throw TOMLSyntaxError(location: start, message: "'\(sign)' is not allowed before a 0\(prefix) integer")
            }
            return try parsePrefixedInteger(prefix: prefix, start: start)
        }
        return try parseDecimal(negative: sign == "-", start: start)
    }

    /// Parses `inf` or `nan` after a sign, if that is what follows.
    private mutating func parseSpecialFloat(negative: Bool) -> TOMLValue? {
        let word = scanner.peekRun(while: \.isBareKeyCharacter)
        guard word == "inf" || word == "nan" else { return nil }
        scanner.advance(by: 3)
        let magnitude: Double = word == "inf" ? .infinity : .nan
        return .float(negative ? -magnitude : magnitude)
    }

    /// Parses a decimal integer or a float with a fraction and/or exponent; the cursor is at
    /// the first digit.
    private mutating func parseDecimal(negative: Bool, start: SourceLocation) throws(TOMLSyntaxError) -> TOMLValue {
        let integerLocation = scanner.location
        let integerPart = try scanDigits(radix: 10)
        if integerPart.hasPrefix("0") && integerPart.unicodeScalars.count > 1 {
            throw TOMLSyntaxError(
                location: integerLocation, message: "leading zeros are not allowed in decimal numbers")
        }
        var text = (negative ? "-" : "") + integerPart
        var isFloat = false
        if scanner.consume(".") {
            isFloat = true
            text += "." + (try requireDigits(after: "'.'"))
        }
        if let marker = scanner.peek(), marker == "e" || marker == "E" {
            isFloat = true
            scanner.advance()
            text += "e"
            if scanner.consume("-") {
                text += "-"
            } else {
                _ = scanner.consume("+")
            }
            text += try requireDigits(after: "exponent '\(marker)'")
        }
        if isFloat {
            // The text is digits with an optional '-', fraction and exponent: always a valid Double.
            return .float(Double(text)!)
        }
        guard let value = Int64(text) else {
            throw TOMLSyntaxError(
                location: start, message: "integer \(text) does not fit in a 64-bit signed integer")
        }
        return .integer(value)
    }

    /// Parses the digits after `0x`, `0o` or `0b`; the cursor is at the `0`.
    private mutating func parsePrefixedInteger(prefix: Unicode.Scalar, start: SourceLocation) throws(TOMLSyntaxError) -> TOMLValue {
        let (radix, digitName) = switch prefix {
        case "x": (16, "a hexadecimal digit")
        case "o": (8, "an octal digit")
        default: (2, "a binary digit")
        }
        scanner.advance(by: 2)
        let digits = try scanDigits(radix: radix)
        guard !digits.isEmpty else {
            throw scanner.error("expected \(digitName) after '0\(prefix)', found \(scanner.currentDescription)")
        }
        guard let value = Int64(digits, radix: radix) else {
            throw TOMLSyntaxError(
                location: start, message: "integer 0\(prefix)\(digits) does not fit in a 64-bit signed integer")
        }
        return .integer(value)
    }

    /// Reads digits of a fraction or exponent, at least one of which must be present.
    private mutating func requireDigits(after what: String) throws(TOMLSyntaxError) -> String {
        let digits = try scanDigits(radix: 10)
        guard !digits.isEmpty else {
            throw scanner.error("expected a digit after \(what), found \(scanner.currentDescription)")
        }
        return digits
    }

    /// Reads digits in `radix` with single underscores between them, returning the digits
    /// without underscores (empty if the cursor is not at a digit).
    private mutating func scanDigits(radix: Int) throws(TOMLSyntaxError) -> String {
        var digits = String.UnicodeScalarView()
        while let next = scanner.peek() {
            if next.isDigit(radix: radix) {
                digits.append(next)
            } else if next == "_" && !digits.isEmpty {
                guard let following = scanner.peek(1), following.isDigit(radix: radix) else {
                    throw scanner.error("expected a digit after '_' (underscores must be between digits)")
                }
            } else {
                break
            }
            scanner.advance()
        }
        return String(digits)
    }
}
