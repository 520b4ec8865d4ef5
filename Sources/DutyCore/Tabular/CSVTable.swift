/// A parsed CSV file: the header row and the data rows, with their row numbers as a spreadsheet shows them.
public struct CSVTable: Sendable, Equatable {
    /// The file name used in problems.
    public let file: String
    /// The header cells, as written.
    public let header: [String]
    /// The data rows; rows whose cells are all empty are left out but keep their numbers.
    public let rows: [CSVRecord]
    /// The worksheet the table was read from, for an .xlsx workbook; problems then name cells as `Sheet1!C7`.
    public let sheet: String?
    /// The spreadsheet row of the header: 1, or lower when title rows stand above it.
    public let headerRow: Int

    public init(file: String, header: [String], rows: [CSVRecord], sheet: String? = nil, headerRow: Int = 1) {
        self.file = file
        self.header = header
        self.rows = rows
        self.sheet = sheet
        self.headerRow = headerRow
    }

    /// The same file read with the data row `record` as its header: the rows above it are titles.
    func headed(by record: CSVRecord) -> CSVTable {
        CSVTable(file: file, header: record.fields, rows: rows.filter { $0.row > record.row }, sheet: sheet, headerRow: record.row)
    }

    /// The same table with other data rows (e.g. with merged cells filled in).
    func replacingRows(_ rows: [CSVRecord]) -> CSVTable {
        CSVTable(file: file, header: header, rows: rows, sheet: sheet, headerRow: headerRow)
    }
}
