/// A 1-based position in a source text, used to point messages at the exact spot.
///
/// Columns count Unicode scalars, so a Chinese character advances the column by one.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location as `line:column`, ready to follow a file name in a message.
    public var description: String { "\(line):\(column)" }
}
