/// A problem at a row and column of a CSV file; description reads `file: row 7, column 3 (整改时限): message`,
/// or for a worksheet of an .xlsx workbook `file: Sheet1!C7 (整改时限): message`.
public struct CSVProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// The spreadsheet row number (header is row 1).
    public let row: Int
    /// The 1-based column number, when the problem is in one cell.
    public let column: Int?
    /// The column's header text, or the field's first accepted name when the column is absent.
    public let columnName: String?
    public let message: String
    /// The worksheet, when the table came from an .xlsx workbook.
    public var sheet: String?

    public init(file: String, row: Int, column: Int? = nil, columnName: String? = nil, message: String, sheet: String? = nil) {
        self.file = file
        self.row = row
        self.column = column
        self.columnName = columnName
        self.message = message
        self.sheet = sheet
    }

    /// The same problem, placed in a worksheet.
    public func inSheet(_ sheet: String?) -> CSVProblem {
        var problem = self
        problem.sheet = sheet
        return problem
    }

    /// The place as people read it: `row 7, column 3 (整改时限)`, or `Sheet1!C7 (整改时限)` in a workbook.
    public var place: String {
        var place: String
        if let sheet {
            place = column.map { CellAddress(row: row, column: $0).reference(in: sheet) } ?? "\(CellAddress.quotedSheet(sheet)) row \(row)"
        } else {
            place = "row \(row)"
            if let column { place += ", column \(column)" }
        }
        if let columnName, !columnName.isEmpty { place += " (\(columnName))" }
        return place
    }

    public var description: String { "\(file): \(place): \(message)" }
}
