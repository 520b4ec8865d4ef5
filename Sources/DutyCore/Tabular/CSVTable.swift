/// A parsed CSV file: the header row and the data rows, with their row numbers as a spreadsheet shows them (header is row 1).
public struct CSVTable: Sendable, Equatable {
    /// The file name used in problems.
    public let file: String
    /// The header cells, as written.
    public let header: [String]
    /// The data rows; rows whose cells are all empty are left out but keep their numbers.
    public let rows: [CSVRecord]

    public init(file: String, header: [String], rows: [CSVRecord]) {
        self.file = file
        self.header = header
        self.rows = rows
    }
}
