import DutyTOML

/// Shorthand for a source location in expectations (`SourceLocation` alone is ambiguous
/// next to Swift Testing's type of the same name).
func at(_ line: Int, _ column: Int) -> DutyTOML.SourceLocation {
    DutyTOML.SourceLocation(line: line, column: column)
}

/// The error parsing `text` throws, or nil if it parses.
func parseError(_ text: String) -> TOMLSyntaxError? {
    do throws(TOMLSyntaxError) {
        _ = try TOMLParser.parse(text)
        return nil
    } catch {
        return error
    }
}

extension TOMLTable {
    /// The node at a path of keys through nested tables, or nil if any key is missing.
    func node(_ keys: String...) -> TOMLNode? {
        var table = self
        var node: TOMLNode?
        for key in keys {
            guard let current = table[key]?.node else { return nil }
            node = current
            if let nested = current.value.tableValue {
                table = nested
            }
        }
        return node
    }

    /// The keys of the table in document order.
    var keys: [String] { entries.map(\.key) }
}
