import DutyTOML
import Testing

@Suite("Keys")
struct KeyTests {
    @Test("bare keys may use letters, digits, underscores and dashes")
    func bareKeys() throws {
        let table = try TOMLParser.parse("key = 1\nbare_key = 2\nbare-key = 3\n1234 = 4\ntrue = 5")
        #expect(table.keys == ["key", "bare_key", "bare-key", "1234", "true"])
        #expect(table.node("1234")?.value == .integer(4))
    }

    @Test("quoted keys may hold any text, including dots and the empty string")
    func quotedKeys() throws {
        let table = try TOMLParser.parse(#"""
            "127.0.0.1" = "ip"
            "character encoding" = "value"
            "ʎǝʞ" = "upside down"
            'key2' = "literal"
            'quoted "value"' = "value"
            "tab\tkey" = 1
            "" = "blank"
            """#)
        #expect(table.keys == ["127.0.0.1", "character encoding", "ʎǝʞ", "key2", #"quoted "value""#, "tab\tkey", ""])
        #expect(table.node("")?.value == .string("blank"))
    }

    @Test("dotted keys create nested tables located at the key part that made them")
    func dottedKeys() throws {
        let table = try TOMLParser.parse("""
            name = "Orange"
            physical . color = "orange"
            physical.shape = "round"
            site."google.com" = true
            3.14159 = "pi"
            """)
        let physical = try #require(table["physical"])
        #expect(physical.keyLocation == at(2, 1))
        #expect(physical.node.location == at(2, 1))
        #expect(physical.node.value.tableValue?.keys == ["color", "shape"])
        #expect(physical.node.value.tableValue?["color"]?.keyLocation == at(2, 12))
        #expect(physical.node.value.tableValue?["color"]?.node.location == at(2, 20))
        #expect(physical.node.value.tableValue?["shape"]?.keyLocation == at(3, 10))
        #expect(table.node("site", "google.com")?.value == .boolean(true))
        #expect(table.node("site", "google.com")?.location == at(4, 21))
        #expect(table.node("3", "14159")?.value == .string("pi"))
    }

    @Test("dotted keys may add sub-tables to tables created by dotted keys")
    func dottedThenHeader() throws {
        let table = try TOMLParser.parse("""
            [fruit]
            apple.color = "red"
            apple.taste.sweet = true
            [fruit.apple.texture]
            smooth = true
            """)
        #expect(table.node("fruit", "apple", "taste", "sweet")?.value == .boolean(true))
        #expect(table.node("fruit", "apple", "texture", "smooth")?.value == .boolean(true))
        #expect(table.node("fruit", "apple", "texture")?.location == at(4, 1))
        #expect(table.node("fruit", "apple")?.value.tableValue?.keys == ["color", "taste", "texture"])
    }

    @Test("dotted keys may extend tables only implied by an earlier header")
    func dottedIntoImplicitTable() throws {
        let table = try TOMLParser.parse("[a.b.c]\nz = 9\n[a]\nb.x = 1")
        #expect(table.node("a", "b", "x")?.value == .integer(1))
        #expect(table.node("a", "b", "c", "z")?.value == .integer(9))
    }

    @Test("a key or table name has at most 128 parts; a longer one is an error at its 129th part")
    func keyPartLimit() throws {
        let parts = { (count: Int) in Array(repeating: "a", count: count).joined(separator: ".") }
        #expect(try TOMLParser.parse(parts(128) + " = 1").keys == ["a"])
        let message = "expected at most 128 dotted parts in a key or table name, in a.a.a…"
        #expect(parseError(parts(129) + " = 1") == TOMLSyntaxError(location: at(1, 257), message: message))
        #expect(parseError(parts(30_000) + " = 1") == TOMLSyntaxError(location: at(1, 257), message: message))
        #expect(parseError("x = 1\n[" + parts(30_000) + "]") == TOMLSyntaxError(location: at(2, 258), message: message))
        #expect(parseError("[[" + parts(30_000) + "]]") == TOMLSyntaxError(location: at(1, 259), message: message))
    }

    @Test("dotted keys inside inline tables count towards the nesting limit")
    func dottedKeysNestInline() {
        let deep = String(repeating: "{" + Array(repeating: "a", count: 120).joined(separator: ".") + " = ", count: 3) + "1" + String(repeating: "}", count: 3)
        #expect(parseError("x = " + deep)?.message == "expected at most 100 levels of nested arrays and inline tables")
    }
}
