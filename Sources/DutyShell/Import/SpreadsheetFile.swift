import DutyCore

/// Reads a roster, ledger or people file as a table: an .xlsx workbook (`file.xlsx`, or `file.xlsx#Sheet` for a
/// sheet other than the first) or else a CSV export.
public enum SpreadsheetFile {
    /// The table; throws `XLSXError`, `SpreadsheetTextError` or `CSVProblem`, each naming the file as given.
    public static func read(path: String) throws -> CSVTable {
        guard let (file, sheet) = workbook(path) else { return try CSVFile.read(path: path) }
        return try XLSXFile.read(path: file, sheet: sheet)
    }

    /// The workbook's path and the sheet asked for, when `path` names an .xlsx file (optionally `#Sheet`).
    public static func workbook(_ path: String) -> (file: String, sheet: String?)? {
        if path.lowercased().hasSuffix(".xlsx") { return (path, nil) }
        guard let hash = path.lastIndex(of: "#") else { return nil }
        let file = String(path[..<hash])
        let sheet = String(path[path.index(after: hash)...])
        guard file.lowercased().hasSuffix(".xlsx"), !sheet.isEmpty else { return nil }
        return (file, sheet)
    }
}
