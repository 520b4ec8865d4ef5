import DutyTOML
import Testing

@Suite("Large documents")
struct LargeDocumentTests {
    /// About 1 MB of TOML mixing tables, arrays of tables, strings, numbers and dates.
    static func largeDocument() -> String {
        var text = "title = \"大文件\"\n"
        var index = 0
        while text.utf8.count < 1_000_000 {
            text += """
                [[item]]
                id = \(index)
                name = "项目 \(index) with some padding text"
                tags = ["alpha", "beta", "gamma", 'delta']
                price = \(index).25
                when = 2024-01-01T08:30:00+08:00
                owner = { name = "值班员", level = \(index % 5) }

                """
            index += 1
        }
        return text
    }

    @Test("a 1 MB document parses completely")
    func largeDocumentParses() throws {
        let table = try TOMLParser.parse(Self.largeDocument())
        let items = try #require(table.node("item")?.value.arrayValue)
        #expect(items.count > 5_000)
        #expect(items.last?.value.tableValue?["id"]?.node.value == .integer(Int64(items.count - 1)))
    }
}
