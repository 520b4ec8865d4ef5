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
        let text = try SpreadsheetTextDecoder.decode(bytes, file: path)
        return try CSVParser.parse(text, file: path)
    }
}
