import DutyPhrases
/// Finds the columns of a table's header by the names each field accepts.
public struct CSVHeaderMapping<Field: Hashable & Sendable>: Sendable {
    public let columns: [CSVColumn<Field>]
    /// Whether a header cell that names no known column is a problem; by default such columns are ignored.
    public let rejectsUnknownColumns: Bool
    private let columnByKey: [String: Int]

    /// How many rows below the first are tried as the header when the first is a title.
    public static var titleRowLimit: Int { 5 }

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

    /// Resolves the table's header (trimmed, case-insensitive for Latin) to column indexes; a missing required column, a duplicated column or (optionally) an unknown column is a CSVProblem at the header row naming the accepted names.
    ///
    /// When the first row is not a header (a title such as `2026年国庆节值班表`), the next rows are
    /// tried; the first that is a header is taken, and the bound table's notices say which.
    public func resolve(_ table: CSVTable) throws(CSVProblem) -> CSVBoundTable<Field> {
        do {
            return try resolveHeader(of: table)
        } catch {
            for record in table.rows where record.row <= table.headerRow + Self.titleRowLimit {
                guard var bound = try? resolveHeader(of: table.headed(by: record)) else { continue }
                let skipped = Phrase.rows(table.headerRow, record.row - 1)
                bound.notices.append(CSVProblem(
                    file: table.file, row: record.row,
                    phrase: Phrase("sheet.headerTaken", String(record.row), skipped.english, skipped.chinese), sheet: table.sheet))
                return bound
            }
            throw error
        }
    }

    private func resolveHeader(of table: CSVTable) throws(CSVProblem) -> CSVBoundTable<Field> {
        var indexes: [Field: Int] = [:]
        var previous: Field?
        for (index, name) in table.header.enumerated() {
            let key = CSVCellText.headerKey(name)
            let shown = CSVCellText.trimmed(name)
            guard !key.isEmpty, let position = columnByKey[key] else {
                previous = nil
                guard !key.isEmpty, rejectsUnknownColumns else { continue }
                let expected = columns.map(\.acceptedNames).joined(separator: ", ")
                let chinese = columns.map(\.chineseAcceptedNames).joined(separator: "、")
                throw CSVProblem(
                    file: table.file, row: table.headerRow, column: index + 1, columnName: shown,
                    phrase: Phrase("sheet.unknownColumn", CSVCellText.quoted(shown), expected, chinese), sheet: table.sheet)
            }
            var column = columns[position]
            if indexes[column.field] != nil, column.follows != nil, let previous,
                let owner = columns.first(where: { $0.follows == previous && indexes[$0.field] == nil }) {
                column = owner
            }
            if let earlier = indexes[column.field] {
                let earlierName = CSVCellText.trimmed(table.header[earlier])
                throw CSVProblem(
                    file: table.file, row: table.headerRow, column: index + 1, columnName: shown,
                    phrase: Phrase(
                        "sheet.repeatedColumn", CSVCellText.quoted(shown), String(earlier + 1), earlierName, column.acceptedNames, column.chineseAcceptedNames,
                        renameAdvice(column).english, renameAdvice(column).chinese), sheet: table.sheet)
            }
            indexes[column.field] = index
            previous = column.field
        }
        let missing = columns.filter { $0.required && indexes[$0.field] == nil }
        if !missing.isEmpty {
            let list = missing.map(\.acceptedNames).joined(separator: ", ")
            let chinese = missing.map(\.chineseAcceptedNames).joined(separator: "、")
            throw CSVProblem(
                file: table.file, row: table.headerRow, phrase: Phrase(missing.count == 1 ? "sheet.lacksColumn" : "sheet.lacksColumns", list, chinese), sheet: table.sheet)
        }
        let fallbackNames = Dictionary(columns.map { ($0.field, $0.names[0]) }, uniquingKeysWith: { first, _ in first })
        return CSVBoundTable(table: table, indexes: indexes, fallbackNames: fallbackNames)
    }

    /// What to do about a repeated column: keep one, or for a column that belongs to the one before it, rename it.
    private func renameAdvice(_ column: CSVColumn<Field>) -> Phrase {
        guard column.follows != nil else { return Phrase("sheet.keepOne") }
        let owned = columns.filter { $0.follows != nil }.map { "\"\($0.names[0])\"" }
        return Phrase("sheet.renameFollowing", owned.joined(separator: ", "), owned.joined(separator: "、"))
    }
}
