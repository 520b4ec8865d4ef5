import DutyCore
import Foundation

/// Reads a CSV file as bureaus keep them: read, decode (UTF-8 or GB18030), parse.
public enum CSVFile {
    /// Throws `SpreadsheetTextError` when the file cannot be read or decoded, `CSVProblem` when it is not valid CSV.
    /// Problems name the file by `path` as given.
    public static func read(path: String) throws -> CSVTable {
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.bytes(atPath: path)
        } catch {
            throw SpreadsheetTextError(file: path, message: "cannot read the file: \(error)")
        }
        return try parse(bytes, file: path)
    }

    /// The CSV table in `bytes`, named `file` in problems.
    public static func parse(_ bytes: [UInt8], file: String) throws -> CSVTable {
        try CSVParser.parse(try SpreadsheetTextDecoder.decode(bytes, file: file), file: file)
    }
}
