import DutyPhrases
import DutyTOML

/// One mistake in a configuration or data file, printed as `file:line:column: message`.
public struct ConfigDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation
    public var message: String
    /// The message as a code and arguments, when it has a Chinese sentence.
    public var phrase: Phrase?
    /// For spreadsheet files, the place as people read it, `row 7, column 3 (值班人员)`, shown instead of
    /// line and column; empty for a problem of the whole file.
    public var place: String?
    /// The place in Chinese, `第 7 行第 3 列（值班人员）`.
    public var chinesePlace: String?

    public init(file: String, location: SourceLocation, message: String, place: String? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.place = place
    }

    /// A mistake whose message is `phrase`.
    public init(file: String, location: SourceLocation, phrase: Phrase) {
        self.init(file: file, location: location, message: phrase.english)
        self.phrase = phrase
    }

    /// A problem of a CSV file, sorted by row and column and shown as `file: row 7, column 3 (值班人员): message`.
    public init(_ problem: CSVProblem) {
        self.init(file: problem.file, location: SourceLocation(line: problem.row, column: problem.column ?? 0), message: problem.message, place: problem.place(chinese: false))
        chinesePlace = problem.place(chinese: true)
    }

    public var description: String { text(chinese: false) }

    /// The diagnostic in Chinese when `chinese` (as far as its message has a Chinese sentence), else in English;
    /// file, line and column, and cell references, read the same in both.
    public func text(chinese: Bool) -> String {
        let said = chinese ? phrase?.chinese ?? message : message
        switch place {
        case nil: return "\(file):\(location.line):\(location.column): \(said)"
        case ""?: return "\(file): \(said)"
        case let place?: return "\(file): \(chinese ? chinesePlace ?? place : place): \(said)"
        }
    }
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
