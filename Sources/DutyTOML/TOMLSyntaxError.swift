/// An error in a TOML document, with the position of the offending character and a message
/// saying what was expected.
public struct TOMLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem was found.
    public var location: SourceLocation
    /// A short, lowercase-first explanation, e.g. `expected '=' after key "name"`.
    public var message: String

    /// Creates an error at a position with a message.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// The error as `line:column: message`, ready to follow a file name.
    public var description: String { "\(location): \(message)" }
}
