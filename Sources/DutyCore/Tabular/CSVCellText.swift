/// Trimming and comparison of cell and header text.
enum CSVCellText {
    /// The text without leading and trailing white space (including the ideographic space U+3000).
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// A header name as compared with accepted names: trimmed, Latin letters in lower case.
    static func headerKey(_ name: String) -> String {
        trimmed(name).lowercased()
    }

    /// The longest stretch of a cell that error messages quote.
    static let quotedLimit = 200

    /// A cell's text in double quotes for an error message, cut at `quotedLimit` characters
    /// with an ellipsis, so that a hostile or runaway cell cannot flood the message.
    static func quoted(_ text: String) -> String {
        text.count > quotedLimit ? "\"\(text.prefix(quotedLimit))…\"" : "\"\(text)\""
    }
}
