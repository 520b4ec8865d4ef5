import DutyPhrases

/// A spreadsheet export that cannot be read or decoded; description reads `file: byte 1234 (line 7): message`.
public struct SpreadsheetTextError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// The 0-based offset of the first byte that could not be decoded.
    public let byteOffset: Int?
    /// The 1-based line of that byte (a spreadsheet row unless a cell holds a line break).
    public let line: Int?
    public let message: String

    public init(file: String, byteOffset: Int? = nil, line: Int? = nil, message: String) {
        self.file = file
        self.byteOffset = byteOffset
        self.line = line
        self.message = message
    }

    /// Where in the file: `byte 1234 (line 7)`, or nil for a problem of the whole file.
    public var position: String? { positionPhrase?.english }

    /// Where in the file as a phrase, for either language.
    public var positionPhrase: Phrase? {
        guard let byteOffset else { return nil }
        return line.map { Phrase("sheet.byteLine", String(byteOffset), String($0)) } ?? Phrase("sheet.byte", String(byteOffset))
    }

    public var description: String {
        guard let position else { return "\(file): \(message)" }
        return "\(file): \(position): \(message)"
    }
}
