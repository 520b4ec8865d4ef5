import DutyTOML
import Testing

@Suite("Arrays")
struct ArrayTests {
    @Test("arrays hold any mix of types, each element at its own position")
    func mixedArray() throws {
        let table = try TOMLParser.parse(#"mixed = [ 1, "two", 3.0, true, 1979-05-27, [4], { five = 5 } ]"#)
        let node = try #require(table.node("mixed"))
        #expect(node.location == at(1, 9))
        let elements = try #require(node.value.arrayValue)
        #expect(elements.map(\.value.typeName) == ["integer", "string", "float", "boolean", "date-time", "array", "table"])
        #expect(elements.map(\.location.column) == [11, 14, 21, 26, 32, 44, 49])
    }

    @Test("arrays may span lines with comments and a trailing comma")
    func multilineArray() throws {
        let table = try TOMLParser.parse("""
            ports = [ # web
              80,
              443, # tls

              8080 ,
            ]
            after = "ok"
            """)
        let ports = try #require(table.node("ports")?.value.arrayValue)
        #expect(ports.map(\.value) == [.integer(80), .integer(443), .integer(8080)])
        #expect(ports.map(\.location) == [at(2, 3), at(3, 3), at(5, 3)])
        #expect(table.node("after")?.location == at(7, 9))
    }

    @Test("empty and nested arrays")
    func nestedArrays() throws {
        let table = try TOMLParser.parse("empty = [ ]\nnested = [[1, 2], ['a'], []]")
        #expect(table.node("empty")?.value == .array([]))
        let nested = try #require(table.node("nested")?.value.arrayValue)
        #expect(nested.count == 3)
        #expect(nested[0].value.arrayValue?.map(\.value) == [.integer(1), .integer(2)])
        #expect(nested[1].value.arrayValue?.first?.location == at(2, 20))
        #expect(nested[2].value == .array([]))
    }

    @Test("a hundred levels of nesting are accepted")
    func deepNesting() throws {
        let text = "a = " + String(repeating: "[{b=", count: 50) + "1" + String(repeating: "}]", count: 50)
        var node = try #require(try TOMLParser.parse(text).node("a"))
        for _ in 0..<50 {
            node = try #require(node.value.arrayValue?.first?.value.tableValue?["b"]?.node)
        }
        #expect(node.value == .integer(1))
        #expect(node.location == at(1, 205))
    }
}
