/// A value together with the position where it starts in the source.
public struct TOMLNode: Sendable, Equatable {
    /// The parsed value.
    public var value: TOMLValue
    /// Where the value starts: its first quote, digit, sign, bracket or brace; the header of a
    /// table defined by `[table]` or `[[table]]`; the first `[[table]]` header of an array of tables.
    public var location: SourceLocation

    /// Creates a node from a value and the position where it starts.
    public init(value: TOMLValue, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
