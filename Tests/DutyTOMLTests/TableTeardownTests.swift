@testable import DutyTOML
import Testing

@Suite("Table builders")
struct TableTeardownTests {
    @Test("a chain of 200,000 nested tables is torn down without exhausting the stack")
    func deepTeardown() {
        let location = SourceLocation(line: 1, column: 1)
        var root: TableBuilder? = TableBuilder(origin: .explicit, location: location)
        var current = root!
        for depth in 0..<200_000 {
            let child = TableBuilder(origin: .dotted, location: location)
            let content: EntryBuilder.Content = depth % 2 == 0 ? .table(child) : .tableArray(TableArrayBuilder(location: location, first: child))
            current.add(EntryBuilder(key: "a", keyLocation: location, content: content))
            current = child
        }
        current = TableBuilder(origin: .explicit, location: location)
        root = nil
        #expect(root == nil)
    }
}
