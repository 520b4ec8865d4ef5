import DutyTOML
import Testing

@Suite("Document structure")
struct DocumentTests {
    @Test("comments and blank lines are ignored; an empty document is an empty table")
    func commentsAndBlankLines() throws {
        let table = try TOMLParser.parse("# full line\n\n   \t\nkey = \"value\"  # end of line # more\n# last")
        #expect(table.keys == ["key"])
        #expect(table.node("key")?.location == at(4, 7))
        #expect(try TOMLParser.parse("") == TOMLTable(entries: [], location: at(1, 1)))
    }

    @Test("CRLF line endings count as one line break")
    func crlf() throws {
        let table = try TOMLParser.parse("a = 1\r\n\r\n[t]\r\nb = 'x' # c\r\n")
        #expect(table.node("t", "b")?.location == at(4, 5))
        #expect(table["t"]?.node.location == at(3, 1))
    }

    @Test("a byte order mark at the start is skipped and not counted as a column")
    func byteOrderMark() throws {
        let table = try TOMLParser.parse("\u{FEFF}a = 1")
        #expect(table["a"]?.keyLocation == at(1, 1))
        #expect(table["a"]?.node.location == at(1, 5))
    }

    @Test("entries keep document order, including tables created along the way")
    func documentOrder() throws {
        let table = try TOMLParser.parse("z = 1\ny.x = 2\na = 3\n[m]\n[b.c]\n[[k]]")
        #expect(table.keys == ["z", "y", "a", "m", "b", "k"])
    }
}

@Suite("Public model")
struct ModelTests {
    @Test("locations and errors describe themselves for file:line:column messages")
    func descriptions() {
        #expect(at(3, 14).description == "3:14")
        #expect(TOMLSyntaxError(location: at(2, 5), message: "boom").description == "2:5: boom")
    }

    @Test("type names and typed accessors")
    func accessors() {
        let date = TOMLDateTime(year: 2024, month: 1, day: 2)
        let table = TOMLTable(entries: [], location: at(1, 1))
        let values: [TOMLValue] = [
            .string("s"), .integer(1), .float(1.5), .boolean(true), .dateTime(date), .array([]), .table(table),
        ]
        #expect(values.map(\.typeName) == ["string", "integer", "float", "boolean", "date-time", "array", "table"])
        #expect(values.compactMap(\.stringValue) == ["s"])
        #expect(values.compactMap(\.integerValue) == [1])
        #expect(values.compactMap(\.floatValue) == [1.5])
        #expect(values.compactMap(\.boolValue) == [true])
        #expect(values.compactMap(\.dateTimeValue) == [date])
        #expect(values.compactMap(\.arrayValue) == [[]])
        #expect(values.compactMap(\.tableValue) == [table])
    }

    @Test("the subscript finds entries by key")
    func subscriptLookup() {
        let entry = TOMLTable.Entry(key: "k", keyLocation: at(1, 1), node: TOMLNode(value: .integer(7), location: at(1, 5)))
        let table = TOMLTable(entries: [entry], location: at(1, 1))
        #expect(table["k"] == entry)
        #expect(table["missing"] == nil)
    }
}
