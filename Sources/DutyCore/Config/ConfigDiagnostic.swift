import DutyPhrases
import DutyTOML

/// One mistake in a configuration or data file, printed as `file:line:column: message`.
public struct ConfigDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// Where the mistake sorts: line and column, or row and column of a spreadsheet (0 for a problem of the whole file).
    public var location: SourceLocation
    public var message: String
    /// The message as a code and arguments, when it has a Chinese sentence.
    public var phrase: Phrase?
    /// Where the mistake is shown: line and column, a spreadsheet's place (`row 7, column 3 (值班人员)`), or the whole file.
    public var position: DiagnosticLine.Position

    /// A mistake at `location`, shown there unless `position` says otherwise.
    public init(file: String, location: SourceLocation, message: String, phrase: Phrase? = nil, position: DiagnosticLine.Position? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.phrase = phrase
        self.position = position ?? .text(line: location.line, column: location.column)
    }

    /// A mistake whose message is `phrase`.
    public init(file: String, location: SourceLocation, phrase: Phrase, position: DiagnosticLine.Position? = nil) {
        self.init(file: file, location: location, message: phrase.english, phrase: phrase, position: position)
    }

    /// A problem of a CSV file, sorted by row and column and shown as `file: row 7, column 3 (值班人员): message`.
    public init(_ problem: CSVProblem) {
        self.init(file: problem.file, location: SourceLocation(line: problem.row, column: problem.column ?? 0), message: problem.message, phrase: problem.phrase, position: .place(problem.placePhrase))
    }

    /// The diagnostic as a line people read, in either language.
    public var line: DiagnosticLine { DiagnosticLine(file: file, position: position, message: message, phrase: phrase) }

    public var description: String { text(chinese: false) }

    /// The diagnostic in Chinese when `chinese` (as far as its message has a Chinese sentence), else in English;
    /// file, line and column, and cell references, read the same in both.
    public func text(chinese: Bool) -> String { line.text(chinese: chinese) }
}

/// Every mistake found in a configuration, in file and position order.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ConfigDiagnostic]

    public init(_ diagnostics: [ConfigDiagnostic]) {
        self.diagnostics = diagnostics.sorted {
            ($0.file, $0.location.line, $0.location.column) < ($1.file, $1.location.line, $1.location.column)
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
