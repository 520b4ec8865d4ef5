import DutyPhrases

extension DiagnosticLine {
    /// The line as the interface's `DiagnosticPhrase` object: line and column 0 unless in a text file.
    public var json: JSONValue {
        var fields: [String: JSONValue] = ["file": .string(file), "message": .string(message), "line": .number(0), "column": .number(0)]
        switch position {
        case .text(let line, let column):
            fields["line"] = .number(Double(line))
            fields["column"] = .number(Double(column))
        case .place(let place): fields["place"] = place.json
        case .wholeFile: break
        }
        if let phrase { fields["phrase"] = phrase.json }
        return .object(fields)
    }

    /// The line of a `DiagnosticPhrase` object; nil when it is not one.
    public init?(json: JSONValue) {
        guard case .object(let fields) = json, case .string(let file)? = fields["file"], case .string(let message)? = fields["message"] else { return nil }
        let line = fields["line"].flatMap(\.intValue) ?? 0
        let position: Position =
            if let place = Phrase(json: fields["place"]) { .place(place) } else if line > 0 { .text(line: line, column: fields["column"].flatMap(\.intValue) ?? 0) } else { .wholeFile }
        self.init(file: file, position: position, message: message, phrase: Phrase(json: fields["phrase"]))
    }

    /// The lines of an error's or reply's `DiagnosticPhrase` array, or nil when absent or not all readable.
    public static func lines(json: JSONValue?) -> [DiagnosticLine]? {
        guard case .array(let values)? = json else { return nil }
        let lines = values.compactMap(DiagnosticLine.init(json:))
        return lines.count == values.count ? lines : nil
    }

    /// The lines of a `DiagnosticPhrase` array said in Chinese when `chinese`, or `english` (the plain strings sent beside it) without one.
    public static func said(json: JSONValue?, english: [String], chinese: Bool) -> [String] {
        lines(json: json).map { $0.map { $0.text(chinese: chinese) } } ?? english
    }
}
