/// Finds the columns of a table's header by the names each field accepts.
public struct CSVHeaderMapping<Field: Hashable & Sendable>: Sendable {
    public let columns: [CSVColumn<Field>]
    /// Whether a header cell that names no known column is a problem; by default such columns are ignored.
    public let rejectsUnknownColumns: Bool
    private let columnByKey: [String: Int]

    public init(columns: [CSVColumn<Field>], rejectsUnknownColumns: Bool = false) {
        var columnByKey: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            for name in column.names {
                let earlier = columnByKey.updateValue(index, forKey: CSVCellText.headerKey(name))
                precondition(earlier == nil || earlier == index, "the header name \"\(name)\" is accepted by two columns")
            }
        }
        self.columns = columns
        self.rejectsUnknownColumns = rejectsUnknownColumns
        self.columnByKey = columnByKey
    }

    /// Resolves the table's header (trimmed, case-insensitive for Latin) to column indexes; a missing required column, a duplicated column or (optionally) an unknown column is a CSVProblem at the header's row naming the accepted names.
    public func resolve(_ table: CSVTable) throws(CSVProblem) -> CSVBoundTable<Field> {
        var indexes: [Field: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let key = CSVCellText.headerKey(name)
            guard !key.isEmpty else { continue }
            let shown = CSVCellText.trimmed(name)
            guard let position = columnByKey[key] else {
                guard rejectsUnknownColumns else { continue }
                let expected = columns.map(\.acceptedNames).joined(separator: ", ")
                throw CSVProblem(file: table.file, row: table.headerRow, column: index + 1, columnName: shown, message: "unknown column \"\(shown)\"; the columns are \(expected)", sheet: table.sheet)
            }
            let column = columns[position]
            if let earlier = indexes[column.field] {
                let earlierName = CSVCellText.trimmed(table.header[earlier])
                throw CSVProblem(file: table.file, row: table.headerRow, column: index + 1, columnName: shown, message: "column \"\(shown)\" repeats column \(earlier + 1) (\"\(earlierName)\"): both are \(column.acceptedNames); keep one of them", sheet: table.sheet)
            }
            indexes[column.field] = index
        }
        let missing = columns.filter { $0.required && indexes[$0.field] == nil }
        if !missing.isEmpty {
            let list = missing.map(\.acceptedNames).joined(separator: ", ")
            let noun = missing.count == 1 ? "column" : "columns"
            throw CSVProblem(file: table.file, row: table.headerRow, message: "the header lacks the required \(noun) \(list)", sheet: table.sheet)
        }
        let fallbackNames = Dictionary(columns.map { ($0.field, $0.names[0]) }, uniquingKeysWith: { first, _ in first })
        return CSVBoundTable(table: table, indexes: indexes, fallbackNames: fallbackNames)
    }
}
