import DutyTOML

/// One mistake in a configuration or data file, printed as `file:line:column: message`.
public struct ConfigDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation
    public var message: String
    /// For spreadsheet files, the place as people read it, `row 7, column 3 (值班人员)`, shown instead of
    /// line and column; empty for a problem of the whole file.
    public var place: String?

    public init(file: String, location: SourceLocation, message: String, place: String? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.place = place
    }

    /// A problem of a CSV file, sorted by row and column and shown as `file: row 7, column 3 (值班人员): message`.
    public init(_ problem: CSVProblem) {
        self.init(file: problem.file, location: SourceLocation(line: problem.row, column: problem.column ?? 0), message: problem.message, place: problem.place)
    }

    public var description: String {
        switch place {
        case nil: "\(file):\(location.line):\(location.column): \(message)"
        case ""?: "\(file): \(message)"
        case let place?: "\(file): \(place): \(message)"
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
