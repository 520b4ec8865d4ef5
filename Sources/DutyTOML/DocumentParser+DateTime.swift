/// Offset date-times, local date-times, local dates and local times (RFC 3339 as TOML uses it).
extension DocumentParser {
    /// Whether the digits at the cursor begin a date (`1979-`) or a time (`07:`) rather than a number.
    var isAtDateOrTime: Bool {
        (digitsAhead(4, from: 0) && scanner.peek(4) == "-") || (digitsAhead(2, from: 0) && scanner.peek(2) == ":")
    }

    /// Parses a date, a time or a date-time with an optional offset, validating every field.
    mutating func parseDateTime() throws(TOMLSyntaxError) -> TOMLDateTime {
        var result = TOMLDateTime()
        if scanner.peek(2) == ":" {
            try parseTime(into: &result)
            return result
        }
        try parseDate(into: &result)
        guard isAtTimeAfterDate else { return result }
        scanner.advance()
        try parseTime(into: &result)
        try parseOffset(into: &result)
        return result
    }

    /// Whether a date is followed by a time: `T`, `t`, or a space before `HH:`.
    private var isAtTimeAfterDate: Bool {
        switch scanner.peek() {
        case "T"?, "t"?: true
        case " "?: digitsAhead(2, from: 1) && scanner.peek(3) == ":"
        default: false
        }
    }

    /// Parses `YYYY-MM-DD`, checking the month and the day against the month's length.
    private mutating func parseDate(into result: inout TOMLDateTime) throws(TOMLSyntaxError) {
        let year = try readField("year", digitCount: 4, range: 0...9999)
        try expect("-", after: "year")
        let month = try readField("month", digitCount: 2, range: 1...12)
        try expect("-", after: "month")
        let dayLength = Self.daysIn(month: month, year: year)
        let day = try readField("day", digitCount: 2, range: 1...dayLength)
        result.year = year
        result.month = month
        result.day = day
    }

    /// Parses `HH:MM:SS` with an optional fraction, keeping up to nanosecond precision
    /// (further digits are truncated).
    private mutating func parseTime(into result: inout TOMLDateTime) throws(TOMLSyntaxError) {
        result.hour = try readField("hour", digitCount: 2, range: 0...23)
        try expect(":", after: "hour")
        result.minute = try readField("minute", digitCount: 2, range: 0...59)
        try expect(":", after: "minute")
        result.second = try readField("second", digitCount: 2, range: 0...60)
        var nanosecond = 0
        if scanner.consume(".") {
            guard scanner.peek()?.isDecimalDigit == true else {
                throw scanner.error("expected a digit after '.' in time, found \(scanner.currentDescription)")
            }
            var digitCount = 0
            while let next = scanner.peek(), let digit = next.hexDigitValue, next.isDecimalDigit {
                if digitCount < 9 {
                    nanosecond = nanosecond * 10 + digit
                    digitCount += 1
                }
                scanner.advance()
            }
            for _ in digitCount..<9 {
                nanosecond *= 10
            }
        }
        result.nanosecond = nanosecond
    }

    /// Parses an optional `Z` or `+HH:MM` / `-HH:MM` after a date-time.
    private mutating func parseOffset(into result: inout TOMLDateTime) throws(TOMLSyntaxError) {
        guard let marker = scanner.peek() else { return }
        switch marker {
        case "Z", "z":
            scanner.advance()
            result.offsetMinutes = 0
        case "+", "-":
            scanner.advance()
            let hours = try readField("offset hour", digitCount: 2, range: 0...23)
            try expect(":", after: "offset hour")
            let minutes = try readField("offset minute", digitCount: 2, range: 0...59)
            result.offsetMinutes = (marker == "-" ? -1 : 1) * (hours * 60 + minutes)
        default:
            return
        }
    }

    /// Reads a fixed number of digits and checks the value is in `range`.
    private mutating func readField(_ name: String, digitCount: Int, range: ClosedRange<Int>) throws(TOMLSyntaxError) -> Int {
        let start = scanner.location
        guard digitsAhead(digitCount, from: 0) else {
            let width = digitCount == 4 ? "four" : "two"
            throw scanner.error("expected a \(width)-digit \(name), found \(scanner.currentDescription)")
        }
        var value = 0
        var text = ""
        for _ in 0..<digitCount {
            if let next = scanner.peek(), let digit = next.hexDigitValue {
                value = value * 10 + digit
                text.unicodeScalars.append(next)
            }
            scanner.advance()
        }
        guard range.contains(value) else {
            let lower = Self.padded(range.lowerBound, to: digitCount)
            let upper = Self.padded(range.upperBound, to: digitCount)
            throw TOMLSyntaxError(location: start, message: "invalid \(name) \(text) (expected \(lower) to \(upper))")
        }
        return value
    }

    /// Consumes `separator` or throws naming the field it should follow.
    private mutating func expect(_ separator: Unicode.Scalar, after field: String) throws(TOMLSyntaxError) {
        guard scanner.consume(separator) else {
            throw scanner.error("expected '\(separator)' after \(field), found \(scanner.currentDescription)")
        }
    }

    /// Whether the `count` characters starting `offset` places ahead are all decimal digits.
    private func digitsAhead(_ count: Int, from offset: Int) -> Bool {
        for position in offset..<(offset + count) {
            guard let next = scanner.peek(position), next.isDecimalDigit else { return false }
        }
        return true
    }

    /// The number of days in a month, counting leap years.
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return isLeap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// `value` written with leading zeros to `width` digits.
    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
