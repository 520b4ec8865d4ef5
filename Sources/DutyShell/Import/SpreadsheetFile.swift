import DutyCore
import DutyProtocol
import Foundation

/// Reads a roster, ledger or people file as a table: an .xlsx workbook (`file.xlsx`, or `file.xlsx#Sheet` for a
/// sheet other than the first) or else a CSV export.
public enum SpreadsheetFile {
    /// The table; throws `XLSXError`, `SpreadsheetTextError` or `CSVProblem`, each naming the file as given.
    public static func read(path: String) throws -> CSVTable {
        guard let (file, sheet) = workbook(path) else { return try CSVFile.read(path: path) }
        return try XLSXFile.read(path: file, sheet: sheet)
    }

    /// The table in `bytes`, a file sent by a client under `name` (`name.xlsx#Sheet` as for a path).
    public static func read(name: String, bytes: [UInt8]) throws -> CSVTable {
        guard let (file, sheet) = workbook(name) else { return try CSVFile.parse(bytes, file: name) }
        return try XLSXFile.read(Data(bytes), file: file, sheet: sheet)
    }

    /// The workbook's path and the sheet asked for, when `path` names an .xlsx file (optionally `#Sheet`).
    public static func workbook(_ path: String) -> (file: String, sheet: String?)? {
        WorkbookName.split(path)
    }
}
