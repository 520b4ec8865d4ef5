/// One data file named in `[data]` as the shell read it: its content, or the diagnostics of why it could not be read.
public struct DataFileContent<Content: Sendable>: Sendable {
    /// The path as resolved by the shell, named in diagnostics and in each shift's `file`.
    public var path: String
    public var content: Result<Content, ConfigErrors>

    public init(path: String, content: Result<Content, ConfigErrors>) {
        self.path = path
        self.content = content
    }
}

/// A roster file's content: TOML text with `[[shifts]]`, or a spreadsheet's table (CSV export or .xlsx sheet).
public enum RosterSource: Sendable {
    case toml(String)
    case table(CSVTable)
}
