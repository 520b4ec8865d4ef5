/// Parses TOML 1.0 documents into tables that remember where every key and value was written.
public enum TOMLParser {
    /// Parses a whole TOML document and returns its root table, or throws the first syntax
    /// or definition error with its position.
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        var parser = DocumentParser(text: text)
        return try parser.parseDocument()
    }
}
