import DutyPhrases
/// A table whose header has been resolved by a `CSVHeaderMapping`: cells are read by field.
public struct CSVBoundTable<Field: Hashable & Sendable>: Sendable {
    public let table: CSVTable
    let indexes: [Field: Int]
    let fallbackNames: [Field: String]
    /// What reading the header and cells tidied (a title row skipped, merged cells filled), at its row.
    public var notices: [CSVProblem] = []

    init(table: CSVTable, indexes: [Field: Int], fallbackNames: [Field: String]) {
        self.table = table
        self.indexes = indexes
        self.fallbackNames = fallbackNames
    }

    /// The 1-based column number of a field, or nil when the header lacks it.
    public func column(_ field: Field) -> Int? {
        indexes[field].map { $0 + 1 }
    }

    /// The trimmed value of a field in a record ("" when the column is absent or the cell is empty).
    public func value(_ field: Field, in record: CSVRecord) -> String {
        guard let index = indexes[field], index < record.fields.count else { return "" }
        return CSVCellText.trimmed(record.fields[index])
    }

    /// A problem located at this field's column in this record.
    public func problem(_ field: Field, in record: CSVRecord, _ message: String) -> CSVProblem {
        guard let index = indexes[field] else {
            return CSVProblem(file: table.file, row: record.row, columnName: fallbackNames[field], message: message, sheet: table.sheet)
        }
        return CSVProblem(file: table.file, row: record.row, column: index + 1, columnName: CSVCellText.trimmed(table.header[index]), message: message, sheet: table.sheet)
    }

    /// A problem located at this field's column in this record, said by `phrase`.
    public func problem(_ field: Field, in record: CSVRecord, _ phrase: Phrase) -> CSVProblem {
        var problem = problem(field, in: record, phrase.english)
        problem.phrase = phrase
        return problem
    }
}
