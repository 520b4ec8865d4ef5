import DutyTOML
import Testing

/// A malformed document with the exact error it must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let text: String
    let line: Int
    let column: Int
    let message: String

    init(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        self.text = text
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { message }

    /// Checks that parsing fails with exactly this location and message.
    func verify() {
        #expect(parseError(text) == TOMLSyntaxError(location: at(line, column), message: message), "input: \(text)")
    }
}

@Suite("Syntax errors")
struct SyntaxErrorTests {
    @Test("keys, '=' and line structure", arguments: [
        ErrorCase("name \"x\"", 1, 6, "expected '=' after key \"name\""),
        ErrorCase("server.port 80", 1, 13, "expected '=' after key \"server.port\""),
        ErrorCase("name =", 1, 7, "expected a value for key \"name\""),
        ErrorCase("name =   # nothing", 1, 10, "expected a value for key \"name\""),
        ErrorCase("a = 1 2", 1, 7, "expected end of line after value, found '2'"),
        ErrorCase("a = \"x\"\"y\"", 1, 8, "expected end of line after value, found '\"'"),
        ErrorCase("a = 1\r", 1, 6, "expected end of line after value, found U+000D"),
        ErrorCase("= 1", 1, 1, "expected a key, found '='"),
        ErrorCase("a. = 1", 1, 4, "expected a key after '.', found '='"),
        ErrorCase("名字 = 1", 1, 1, "expected a key, found '名'"),
        ErrorCase("\"\"\"key\"\"\" = 1", 1, 1, "multi-line strings cannot be used as keys"),
        ErrorCase("a = tru", 1, 5, "expected a value, found 'tru' (strings must be quoted)"),
        ErrorCase("a = @", 1, 5, "expected a value, found '@'"),
        ErrorCase("# bell \u{07} here", 1, 8, "control character U+0007 is not allowed in a comment"),
        ErrorCase("a = \u{FEFF}1", 1, 5, "expected a value, found U+FEFF"),
    ])
    func structure(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("table headers", arguments: [
        ErrorCase("[a", 1, 3, "expected ']' after table name \"a\""),
        ErrorCase("[[a]", 1, 5, "expected ']]' after array of tables name \"a\""),
        ErrorCase("[[a] ]", 1, 5, "expected ']]' after array of tables name \"a\""),
        ErrorCase("[]", 1, 2, "expected a key, found ']'"),
        ErrorCase("[a] x", 1, 5, "expected end of line after table header, found 'x'"),
    ])
    func headers(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("strings", arguments: [
        ErrorCase(#"s = "abc\q""#, 1, 9, #"invalid escape sequence '\q' (expected \b, \t, \n, \f, \r, \", \\, \u or \U)"#),
        ErrorCase("s = \"a\\ b\"", 1, 7, #"invalid escape sequence: '\' followed by ' ' (expected \b, \t, \n, \f, \r, \", \\, \u or \U)"#),
        ErrorCase(#"s = "\u12""#, 1, 10, #"expected 4 hexadecimal digits after '\u', found '"'"#),
        ErrorCase(#"s = "\uD800""#, 1, 6, #"invalid escape '\uD800': not a Unicode scalar value"#),
        ErrorCase(#"s = "\U00110000""#, 1, 6, #"invalid escape '\U00110000': not a Unicode scalar value"#),
        ErrorCase("s = \"abc", 1, 9, "unterminated string; expected '\"' before end of file"),
        ErrorCase("s = \"abc\nt = 1", 1, 9, "unterminated string; expected '\"' before end of line"),
        ErrorCase("s = 'abc\r\n", 1, 9, "unterminated string; expected ''' before end of line"),
        ErrorCase("s = \"\"\"\nabc\n", 3, 1, "unterminated multi-line string (opened at line 1); expected '\"\"\"' before end of file"),
        ErrorCase("s = '''abc''", 1, 13, "unterminated multi-line string (opened at line 1); expected ''''' before end of file"),
        ErrorCase("s = \"a\u{07}b\"", 1, 7, "control character U+0007 is not allowed in a string"),
        ErrorCase("s = 'a\u{7F}'", 1, 7, "control character U+007F is not allowed in a string"),
        ErrorCase("s = \"\"\"a\rb\"\"\"", 1, 9, "control character U+000D is not allowed in a string"),
        ErrorCase("s = \"\"\"a\"\"\"\"\"\"", 1, 14, "expected end of line after value, found '\"'"),
    ])
    func strings(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("numbers", arguments: [
        ErrorCase("n = 007", 1, 5, "leading zeros are not allowed in decimal numbers"),
        ErrorCase("n = -01.5", 1, 6, "leading zeros are not allowed in decimal numbers"),
        ErrorCase("n = 1__000", 1, 6, "expected a digit after '_' (underscores must be between digits)"),
        ErrorCase("n = 1_", 1, 6, "expected a digit after '_' (underscores must be between digits)"),
        ErrorCase("n = 9223372036854775808", 1, 5, "integer 9223372036854775808 does not fit in a 64-bit signed integer"),
        ErrorCase("n = -9_223_372_036_854_775_809", 1, 5, "integer -9223372036854775809 does not fit in a 64-bit signed integer"),
        ErrorCase("n = 0x8000000000000000", 1, 5, "integer 0x8000000000000000 does not fit in a 64-bit signed integer"),
        ErrorCase("n = 0x", 1, 7, "expected a hexadecimal digit after '0x', found end of file"),
        ErrorCase("n = 0o9", 1, 7, "expected an octal digit after '0o', found '9'"),
        ErrorCase("n = 0b102", 1, 9, "expected end of line after value, found '2'"),
        ErrorCase("n = +0x10", 1, 5, "'+' is not allowed before a 0x integer"),
        ErrorCase("n = 1.", 1, 7, "expected a digit after '.', found end of file"),
        ErrorCase("n = 1.e5", 1, 7, "expected a digit after '.', found 'e'"),
        ErrorCase("n = 1e", 1, 7, "expected a digit after exponent 'e', found end of file"),
        ErrorCase("n = -", 1, 6, "expected a digit after '-', found end of file"),
        ErrorCase("n = .5", 1, 5, "expected a value, found '.'"),
    ])
    func numbers(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("dates and times", arguments: [
        ErrorCase("d = 2023-13-01", 1, 10, "invalid month 13 (expected 01 to 12)"),
        ErrorCase("d = 2023-00-01", 1, 10, "invalid month 00 (expected 01 to 12)"),
        ErrorCase("d = 2023-02-29", 1, 13, "invalid day 29 (expected 01 to 28)"),
        ErrorCase("d = 2024-02-30", 1, 13, "invalid day 30 (expected 01 to 29)"),
        ErrorCase("d = 2023-04-31T00:00:00", 1, 13, "invalid day 31 (expected 01 to 30)"),
        ErrorCase("d = 2023-4-01", 1, 10, "expected a two-digit month, found '4'"),
        ErrorCase("t = 25:00:00", 1, 5, "invalid hour 25 (expected 00 to 23)"),
        ErrorCase("t = 12:60:00", 1, 8, "invalid minute 60 (expected 00 to 59)"),
        ErrorCase("t = 12:00:61", 1, 11, "invalid second 61 (expected 00 to 60)"),
        ErrorCase("d = 1979-05-27T07:32", 1, 21, "expected ':' after minute, found end of file"),
        ErrorCase("d = 1979-05-27 07:32", 1, 21, "expected ':' after minute, found end of file"),
        ErrorCase("d = 1979-05-27T07:32:00.", 1, 25, "expected a digit after '.' in time, found end of file"),
        ErrorCase("d = 1979-05-27T07:32:00+0700", 1, 27, "expected ':' after offset hour, found '0'"),
        ErrorCase("d = 1979-05-27T07:32:00+24:00", 1, 25, "invalid offset hour 24 (expected 00 to 23)"),
        ErrorCase("t = 07:32:00Z", 1, 13, "expected end of line after value, found 'Z'"),
    ])
    func dates(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("arrays and inline tables", arguments: [
        ErrorCase("a = [1, 2", 1, 10, "expected ',' or ']' in array, found end of file"),
        ErrorCase("a = [1 2]", 1, 8, "expected ',' or ']' in array, found '2'"),
        ErrorCase("a = [1,,2]", 1, 8, "expected a value, found ','"),
        ErrorCase("t = { a = 1,\n b = 2 }", 1, 13, "expected '}' before end of line (inline tables must be on one line)"),
        ErrorCase("t = {\n}", 1, 6, "expected '}' before end of line (inline tables must be on one line)"),
        ErrorCase("t = { a = 1\n}", 1, 12, "expected '}' before end of line (inline tables must be on one line)"),
        ErrorCase("t = { a = 1, }", 1, 14, "expected a key after ',' (inline tables do not allow a trailing comma)"),
        ErrorCase("t = { a = 1 b = 2 }", 1, 13, "expected ',' or '}' in inline table, found 'b'"),
        ErrorCase("t = { a = 1", 1, 12, "expected ',' or '}' in inline table, found end of file"),
        ErrorCase("t = { a 1 }", 1, 9, "expected '=' after key \"a\""),
        ErrorCase(
            "a = " + String(repeating: "[", count: 101), 1, 105,
            "expected at most 100 levels of nested arrays and inline tables"),
    ])
    func containers(_ errorCase: ErrorCase) {
        errorCase.verify()
    }
}
