/// Rows of text in columns that line up on a terminal, whatever mix of Chinese and Latin they hold.
///
/// Cells are padded by display width, columns are two spaces apart, and lines carry no
/// trailing spaces. A cell is shown on one line: control characters such as line breaks
/// and tabs become spaces.
public struct TextTable {
    /// Where a cell's text sits within its column.
    public enum Alignment: Sendable {
        case left, right
    }

    /// A column's header and alignment.
    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    /// The rows below the header, each with one cell per column.
    public var rows: [[String]]
    /// Whether the first line shows the column headers.
    public var showsHeader: Bool
    /// Decorates the text of a non-empty cell, e.g. with colour codes; the decoration does not
    /// count towards the column's width. Rows and columns count from 0; the header is not decorated.
    public var cellStyle: ((_ row: Int, _ column: Int, _ text: String) -> String)?

    public init(columns: [Column], rows: [[String]] = [], showsHeader: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.showsHeader = showsHeader
    }

    /// The table as lines joined by `\n`, without a final line break.
    public func render() -> String {
        let body = rows.map { row in
            precondition(row.count == columns.count, "a row needs one cell per column")
            return row.map(Self.singleLine)
        }
        let header = showsHeader ? [columns.map { Self.singleLine($0.header) }] : []
        let widths = columns.indices.map { column in
            (header + body).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        let headerLines = header.map { line($0, widths: widths, row: nil) }
        let bodyLines = body.enumerated().map { line($1, widths: widths, row: $0) }
        // A loop rather than `joined(separator:)`, whose unspecialized generic code looks up
        // conformances at run time: that was an eighth of a whole `dutyctl status` run.
        var text = ""
        for (index, line) in (headerLines + bodyLines).enumerated() {
            if index > 0 { text += "\n" }
            text += line
        }
        return text
    }

    private func line(_ cells: [String], widths: [Int], row: Int?) -> String {
        var line = ""
        for (column, text) in cells.enumerated() {
            let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(text))
            var shown = text
            if let row, !text.isEmpty, let cellStyle {
                shown = cellStyle(row, column, text)
            }
            if column > 0 { line += "  " }
            line += columns[column].alignment == .left ? shown + padding : padding + shown
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    private static func singleLine(_ text: String) -> String {
        if DisplayWidth.isPrintableASCII(text) { return text }
        return String(text.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 })
    }
}
