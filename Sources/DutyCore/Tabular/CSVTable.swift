/// A parsed CSV file: the header row and the data rows, with their row numbers as a spreadsheet shows them (header is row 1).
public struct CSVTable: Sendable, Equatable {
    /// The file name used in problems.
    public let file: String
    /// The header cells, as written.
    public let header: [String]
    /// The data rows; rows whose cells are all empty are left out but keep their numbers.
    public let rows: [CSVRecord]
    /// The worksheet the table was read from, for an .xlsx workbook; problems then name cells as `Sheet1!C7`.
    public let sheet: String?
    /// The row the header is in: 1, or below the title rows of a worksheet.
    public let headerRow: Int

    public init(file: String, header: [String], rows: [CSVRecord], sheet: String? = nil, headerRow: Int = 1) {
        self.file = file
        self.header = header
        self.rows = rows
        self.sheet = sheet
        self.headerRow = headerRow
    }
}
