/// Parses CSV text (RFC 4180) strictly, so that a malformed file is rejected with its row and column.
///
/// Fields are separated by commas and records by CRLF, LF or CR. A quoted field may hold commas,
/// line breaks and `""` for a quote. A leading byte order mark is skipped, rows whose cells are all
/// empty (blank lines, trailing `,,,` rows) are left out but counted, and empty cells after the
/// header's last column are dropped. Rejected: an unclosed quote, a quote inside an unquoted field,
/// text after a closing quote, a row with a non-empty cell beyond the header, and a file without a header.
public enum CSVParser {
    public static func parse(_ text: String, file: String) throws(CSVProblem) -> CSVTable {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(CSVProblem) -> CSVTable in
                var scanner = CSVScanner(bytes: bytes, file: file)
                return try scanner.table()
            }
        }
        return try result.get()
    }
}
