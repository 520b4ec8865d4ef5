/// An .xlsx workbook that cannot be read: not a zip, a missing or broken part, no such sheet, or too large.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
