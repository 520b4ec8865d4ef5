import DutyTOML
import Testing

@Suite("Strings")
struct StringTests {
    @Test("basic strings decode every escape")
    func basicEscapes() throws {
        let table = try TOMLParser.parse(#"s = "a\tb\nc \"q\" \\ \b\f\r \u00E9 \U0001F600""#)
        #expect(table.node("s")?.value == .string("a\tb\nc \"q\" \\ \u{08}\u{0C}\r é 😀"))
    }

    @Test("basic strings keep tabs and non-ASCII text")
    func basicPlain() throws {
        let table = try TOMLParser.parse("s = \"x\ty 中文\"\nempty = \"\"")
        #expect(table.node("s")?.value == .string("x\ty 中文"))
        #expect(table.node("empty")?.value == .string(""))
    }

    @Test("literal strings take backslashes literally")
    func literal() throws {
        let table = try TOMLParser.parse(#"""
            path = 'C:\Users\nodejs\templates'
            quoted = 'Tom "Dubs" Preston-Werner'
            empty = ''
            """#)
        #expect(table.node("path")?.value == .string(#"C:\Users\nodejs\templates"#))
        #expect(table.node("quoted")?.value == .string(#"Tom "Dubs" Preston-Werner"#))
        #expect(table.node("empty")?.value == .string(""))
    }

    @Test("multi-line basic strings trim the first newline and keep the others")
    func multilineBasic() throws {
        let table = try TOMLParser.parse("s = \"\"\"\nRoses are red\n  Violets are \\\"blue\\\"\"\"\"")
        #expect(table.node("s")?.value == .string("Roses are red\n  Violets are \"blue\""))
    }

    @Test("a line-ending backslash removes whitespace and newlines up to the next text")
    func lineEndingBackslash() throws {
        let text = "s = \"\"\"\\\n    The quick brown \\   \n\n    fox.\\\n  \"\"\""
        let table = try TOMLParser.parse(text)
        #expect(table.node("s")?.value == .string("The quick brown fox."))
    }

    @Test("up to two quotes next to the closing delimiter belong to the string")
    func quotesNextToDelimiter() throws {
        let table = try TOMLParser.parse(#"""
            a = """Two quotes: "". Done."""
            b = """"This," she said, "is pointless.""""
            c = ''''That,' she said, 'is still pointless.''''
            d = """x"" """
            """#)
        #expect(table.node("a")?.value == .string(#"Two quotes: "". Done."#))
        #expect(table.node("b")?.value == .string(#""This," she said, "is pointless.""#))
        #expect(table.node("c")?.value == .string("'That,' she said, 'is still pointless.'"))
        #expect(table.node("d")?.value == .string("x\"\" "))
    }

    @Test("multi-line literal strings keep everything but the first newline")
    func multilineLiteral() throws {
        let table = try TOMLParser.parse("re = '''\nI [dw]on't need \\d{2} apples\n   indented\n'''")
        #expect(table.node("re")?.value == .string("I [dw]on't need \\d{2} apples\n   indented\n"))
    }

    @Test("CRLF inside multi-line strings becomes LF")
    func crlfInMultiline() throws {
        let table = try TOMLParser.parse("a = \"\"\"\r\none\r\ntwo\"\"\"\r\nb = '''x\r\ny'''\r\n")
        #expect(table.node("a")?.value == .string("one\ntwo"))
        #expect(table.node("b")?.value == .string("x\ny"))
    }
}
