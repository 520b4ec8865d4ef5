import DutyTOML
import Testing

@Suite("Tables and arrays of tables")
struct TableTests {
    @Test("headers define tables located at their opening bracket")
    func headers() throws {
        let table = try TOMLParser.parse("""
            top = 0
            [server]
            host = "a"
            [ dog . "tater.man" ]
              type.name = "pug"
            [ j . "ʞ" . 'l' ]
            """)
        #expect(table.location == at(1, 1))
        #expect(table.keys == ["top", "server", "dog", "j"])
        #expect(table["server"]?.keyLocation == at(2, 2))
        #expect(table["server"]?.node.location == at(2, 1))
        #expect(table.node("server", "host")?.value == .string("a"))
        #expect(table.node("dog", "tater.man", "type", "name")?.value == .string("pug"))
        #expect(table.node("dog", "tater.man")?.location == at(4, 1))
        #expect(table.node("j", "ʞ", "l")?.value.tableValue?.entries.isEmpty == true)
    }

    @Test("parents implied by a header are located at their key until a header defines them")
    func implicitTables() throws {
        let implied = try TOMLParser.parse("[x.y.z]\n")
        #expect(implied["x"]?.node.location == at(1, 2))
        #expect(implied.node("x", "y")?.location == at(1, 4))
        #expect(implied.node("x", "y", "z")?.location == at(1, 1))

        let defined = try TOMLParser.parse("[x.y.z]\n[x]\nname = 1")
        #expect(defined["x"]?.node.location == at(2, 1))
        #expect(defined["x"]?.keyLocation == at(2, 2))
        #expect(defined.node("x")?.value.tableValue?.keys == ["y", "name"])
    }

    @Test("arrays of tables get one element per header, each at its own header")
    func arraysOfTables() throws {
        let table = try TOMLParser.parse("""
            [[products]]
            name = "Hammer"
            sku = 738594937

            [[products]]

            [[products]]
            name = "Nail"
            color = "gray"
            """)
        let products = try #require(table["products"])
        #expect(products.keyLocation == at(1, 3))
        #expect(products.node.location == at(1, 1))
        let elements = try #require(products.node.value.arrayValue)
        #expect(elements.map(\.location) == [at(1, 1), at(5, 1), at(7, 1)])
        #expect(elements[0].value.tableValue?["sku"]?.node.value == .integer(738594937))
        #expect(elements[1].value.tableValue?.entries.isEmpty == true)
        #expect(elements[2].value.tableValue?.keys == ["name", "color"])
    }

    @Test("sub-tables and nested arrays attach to the last element of an array of tables")
    func nestedArraysOfTables() throws {
        let table = try TOMLParser.parse("""
            [[fruits]]
            name = "apple"
            [fruits.physical]
            color = "red"
            [[fruits.varieties]]
            name = "red delicious"
            [[fruits.varieties]]
            name = "granny smith"
            [[fruits]]
            name = "banana"
            [[fruits.varieties]]
            name = "plantain"
            """)
        let fruits = try #require(table.node("fruits")?.value.arrayValue)
        #expect(fruits.count == 2)
        let apple = try #require(fruits[0].value.tableValue)
        #expect(apple.node("physical", "color")?.value == .string("red"))
        let appleVarieties = apple.node("varieties")?.value.arrayValue?.compactMap { $0.value.tableValue?["name"]?.node.value }
        #expect(appleVarieties == [.string("red delicious"), .string("granny smith")])
        let banana = try #require(fruits[1].value.tableValue)
        #expect(banana.keys == ["name", "varieties"])
        #expect(banana.node("varieties")?.location == at(11, 1))
    }

    @Test("inline tables hold dotted keys and nest, located at their brace")
    func inlineTables() throws {
        let table = try TOMLParser.parse(#"""
            name = { first = "Tom", last = "Preston-Werner" }
            point = {x=1,y=2}
            animal = { type.name = "pug", "legs" = 4 }
            nested = { inner = { deep = [1, { z = true }] } }
            empty = {}
            """#)
        #expect(table["name"]?.node.location == at(1, 8))
        #expect(table.node("name")?.value.tableValue?.location == at(1, 8))
        #expect(table.node("name", "last")?.value == .string("Preston-Werner"))
        #expect(table.node("name", "last")?.location == at(1, 32))
        #expect(table["name"]?.node.value.tableValue?["last"]?.keyLocation == at(1, 25))
        #expect(table.node("point", "y")?.value == .integer(2))
        #expect(table.node("animal", "type", "name")?.value == .string("pug"))
        #expect(table.node("animal", "legs")?.value == .integer(4))
        let deep = try #require(table.node("nested", "inner", "deep")?.value.arrayValue)
        #expect(deep.last?.value.tableValue?["z"]?.node.value == .boolean(true))
        #expect(table.node("empty")?.value == .table(TOMLTable(entries: [], location: at(5, 9))))
    }
}
