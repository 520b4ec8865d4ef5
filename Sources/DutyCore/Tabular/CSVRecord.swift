/// One data row of a CSV file.
public struct CSVRecord: Sendable, Equatable {
    /// The row number a spreadsheet shows: the header is row 1, and a cell with a line break does not add rows.
    public let row: Int
    /// The cells, as written (not trimmed); a short row has fewer fields than the header.
    public let fields: [String]

    public init(row: Int, fields: [String]) {
        self.row = row
        self.fields = fields
    }
}
