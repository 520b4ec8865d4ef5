import DutyCore
import Foundation

/// Reads a CSV file as bureaus keep them: read, decode (UTF-8 or GB18030), parse.
public enum CSVFile {
    /// Throws `SpreadsheetTextError` when the file cannot be read or decoded, `CSVProblem` when it is not valid CSV.
    /// Problems name the file by `path` as given.
    public static func read(path: String) throws -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = access(path, R_OK) == 0 ? "not a regular file" : String(cString: strerror(errno))
            throw SpreadsheetTextError(file: path, message: "cannot read the file: \(reason)")
        }
        let text = try SpreadsheetTextDecoder.decode([UInt8](data), file: path)
        return try CSVParser.parse(text, file: path)
    }
}
