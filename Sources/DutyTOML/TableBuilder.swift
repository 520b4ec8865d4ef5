/// How a table came to exist, which decides whether a later header or dotted key may
/// define or extend it.
enum TableOrigin {
    /// Created only as a parent named in a header such as `[a.b]`; a later `[a]` may define it.
    case implicit
    /// Defined explicitly: the root, a `[header]`, an element of `[[header]]` or an inline table.
    case explicit
    /// Created by a dotted key such as `a.b = 1`; headers may not define it afterwards.
    case dotted
}

/// A table under construction; turned into a `TOMLTable` once parsing ends.
final class TableBuilder {
    var origin: TableOrigin
    var location: SourceLocation
    private var ordered: [EntryBuilder] = []
    private var byKey: [String: EntryBuilder] = [:]

    init(origin: TableOrigin, location: SourceLocation) {
        self.origin = origin
        self.location = location
    }

    /// The entry stored under `key`, if any.
    func entry(named key: String) -> EntryBuilder? {
        byKey[key]
    }

    /// Adds an entry whose key the table does not have yet.
    func add(_ entry: EntryBuilder) {
        byKey[entry.key] = entry
        ordered.append(entry)
    }

    /// The finished table with its entries in document order.
    func build() -> TOMLTable {
        TOMLTable(entries: ordered.map { $0.build() }, location: location)
    }

    /// Empties the table and, without recursion, every table below it, so that dropping a deep
    /// tree cannot exhaust the stack. Builders are dropped only once reading has ended.
    deinit {
        var pending = takeEntries()
        while let entry = pending.popLast() {
            switch entry.content {
            case .value: break
            case .table(let table): pending += table.takeEntries()
            case .tableArray(let array): pending += array.takeElements().flatMap { $0.takeEntries() }
            }
        }
    }

    /// The entries, leaving the table empty.
    private func takeEntries() -> [EntryBuilder] {
        byKey = [:]
        defer { ordered = [] }
        return ordered
    }
}

/// One key of a table under construction, with what is stored under it.
final class EntryBuilder {
    /// What a key holds while the document is being read.
    enum Content {
        /// A finished value, including static arrays and inline tables, which cannot be extended.
        case value(TOMLNode)
        /// A table made by a header or by dotted keys, which later lines may still extend.
        case table(TableBuilder)
        /// An array of tables made by `[[header]]` lines.
        case tableArray(TableArrayBuilder)
    }

    let key: String
    var keyLocation: SourceLocation
    let content: Content

    init(key: String, keyLocation: SourceLocation, content: Content) {
        self.key = key
        self.keyLocation = keyLocation
        self.content = content
    }

    /// The finished entry.
    func build() -> TOMLTable.Entry {
        let node: TOMLNode
        switch content {
        case .value(let value):
            node = value
        case .table(let table):
            node = TOMLNode(value: .table(table.build()), location: table.location)
        case .tableArray(let array):
            node = array.build()
        }
        return TOMLTable.Entry(key: key, keyLocation: keyLocation, node: node)
    }
}

/// An array of tables under construction, one element per `[[header]]` line.
final class TableArrayBuilder {
    /// The position of the first `[[header]]`.
    let location: SourceLocation
    private var elements: [TableBuilder]

    init(location: SourceLocation, first: TableBuilder) {
        self.location = location
        self.elements = [first]
    }

    /// The most recently added element, which headers nested under this array extend.
    var last: TableBuilder { elements[elements.count - 1] }

    /// Adds an element for another `[[header]]` line.
    func append(_ element: TableBuilder) {
        elements.append(element)
    }

    /// The elements, leaving the array empty (see `TableBuilder`'s teardown).
    func takeElements() -> [TableBuilder] {
        defer { elements = [] }
        return elements
    }

    /// The finished array, each element located at its own header.
    func build() -> TOMLNode {
        let nodes = elements.map { TOMLNode(value: .table($0.build()), location: $0.location) }
        return TOMLNode(value: .array(nodes), location: location)
    }
}
