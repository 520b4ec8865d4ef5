import DutyPhrases
/// The byte-level state machine behind `CSVParser`; the separators are ASCII, so UTF-8 text can be split byte by byte.
struct CSVScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0
    private var row = 1
    private var header: [String]?
    private var rows: [CSVRecord] = []

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func table() throws(CSVProblem) -> CSVTable {
        while position < bytes.count {
            try accept(record())
            row += 1
        }
        guard let header, header.contains(where: { !$0.isEmpty }) else {
            throw CSVProblem(file: file, row: 1, phrase: Phrase("csv.noHeader"))
        }
        return CSVTable(file: file, header: header, rows: rows)
    }

    /// Reads one record and its line break.
    private mutating func record() throws(CSVProblem) -> [String] {
        var fields: [String] = []
        while true {
            let field = try self.field(column: fields.count + 1)
            fields.append(field)
            guard position < bytes.count else { return fields }
            let separator = bytes[position]
            position += 1
            if separator == Self.comma { continue }
            if separator == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
            return fields
        }
    }

    /// Reads one field, leaving `position` at the separator after it (or the end).
    private mutating func field(column: Int) throws(CSVProblem) -> String {
        guard position < bytes.count, bytes[position] == Self.quote else { return try unquotedField(column: column) }
        position += 1
        var content: [UInt8] = []
        while true {
            guard let next = bytes[position...].firstIndex(of: Self.quote) else {
                throw problem(column: column, Phrase("csv.unclosedQuote"))
            }
            content.append(contentsOf: bytes[position..<next])
            position = next + 1
            if position < bytes.count, bytes[position] == Self.quote {
                content.append(Self.quote)
                position += 1
                continue
            }
            if position < bytes.count, !Self.isSeparator(bytes[position]) {
                throw problem(column: column, Phrase("csv.textAfterQuote"))
            }
            return String(decoding: content, as: UTF8.self)
        }
    }

    private mutating func unquotedField(column: Int) throws(CSVProblem) -> String {
        let start = position
        while position < bytes.count, !Self.isSeparator(bytes[position]) {
            if bytes[position] == Self.quote {
                throw problem(column: column, Phrase("csv.quoteInCell"))
            }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func accept(_ fields: [String]) throws(CSVProblem) {
        guard let header else {
            header = fields
            return
        }
        guard fields.contains(where: { !$0.isEmpty }) else { return }
        if fields.count > header.count {
            if let extra = fields[header.count...].firstIndex(where: { !$0.isEmpty }) {
                throw problem(column: extra + 1, Phrase("csv.tooManyCells", String(fields.count), String(header.count), String(extra + 1)))
            }
            rows.append(CSVRecord(row: row, fields: Array(fields[..<header.count])))
        } else {
            rows.append(CSVRecord(row: row, fields: fields))
        }
    }

    private func problem(column: Int, _ phrase: Phrase) -> CSVProblem {
        let name = header.flatMap { column <= $0.count ? CSVCellText.trimmed($0[column - 1]) : nil }
        return CSVProblem(file: file, row: row, column: column, columnName: name, phrase: phrase)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == comma || byte == carriageReturn || byte == lineFeed
    }
}
