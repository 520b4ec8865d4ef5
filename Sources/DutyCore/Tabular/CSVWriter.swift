/// Writes rows back as CSV (UTF-8 with BOM so Excel opens it, CRLF, quoting where needed).
public enum CSVWriter {
    /// The CSV text; cells with a comma, quote or line break are quoted, with quotes doubled.
    /// With `byteOrderMark` the text starts with U+FEFF, which Excel needs to read UTF-8.
    public static func write(header: [String], rows: [[String]], byteOrderMark: Bool = true) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        for record in CollectionOfOne(header) + rows {
            text += record.map(cell).joined(separator: ",")
            text += "\r\n"
        }
        return text
    }

    /// The CSV text of an export meant for spreadsheets: `write`, with every cell that a spreadsheet
    /// would run as a formula neutralised (`FormulaGuard`).
    public static func export(header: [String], rows: [[String]]) -> String {
        write(header: header, rows: rows.map { $0.map(FormulaGuard.escaped) })
    }

    private static func cell(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
