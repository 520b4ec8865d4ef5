import DutyPhrases
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
    /// The message as a code and arguments, when it has a Chinese sentence.
    public var phrase: Phrase?
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

    /// A problem whose message is `phrase`.
    public init(file: String, row: Int, column: Int? = nil, columnName: String? = nil, phrase: Phrase, sheet: String? = nil) {
        self.init(file: file, row: row, column: column, columnName: columnName, message: phrase.english, sheet: sheet)
        self.phrase = phrase
    }

    /// The same problem, placed in a worksheet.
    public func inSheet(_ sheet: String?) -> CSVProblem {
        var problem = self
        problem.sheet = sheet
        return problem
    }

    /// The place as people read it: `row 7, column 3 (整改时限)`, or `Sheet1!C7 (整改时限)` in a workbook.
    public var place: String { place(chinese: false) }

    /// Where in the file, as people read it: `row 7, column 3 (值班人员)` or `Sheet1!C7 (值班人员)`;
    /// in Chinese `第 7 行第 3 列（值班人员）`, a cell reference unchanged.
    public func place(chinese: Bool) -> String { placePhrase.text(chinese: chinese) }

    /// The place as a phrase, its column's name the last argument when there is one.
    public var placePhrase: Phrase {
        var location: Phrase
        if let sheet {
            location = column.map { Phrase("sheet.cell", CellAddress(row: row, column: $0).reference(in: sheet)) }
                ?? Phrase("sheet.sheetRow", CellAddress.quotedSheet(sheet), String(row))
        } else {
            location = column.map { Phrase("sheet.rowColumn", String(row), String($0)) } ?? Phrase("sheet.row", String(row))
        }
        guard let columnName, !columnName.isEmpty else { return location }
        return Phrase(code: location.code + "Named", arguments: location.arguments + [columnName])
    }

    /// The problem as a line people read, in either language.
    public var line: DiagnosticLine { DiagnosticLine(file: file, position: .place(placePhrase), message: message, phrase: phrase) }

    public var description: String { "\(file): \(place): \(message)" }

    /// Problems are equal when they are at the same place and say the same; the phrase is the message's twin.
    public static func == (lhs: CSVProblem, rhs: CSVProblem) -> Bool {
        (lhs.file, lhs.row, lhs.column, lhs.columnName, lhs.message, lhs.sheet) == (rhs.file, rhs.row, rhs.column, rhs.columnName, rhs.message, rhs.sheet)
    }
}
