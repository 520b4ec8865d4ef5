/// Keeps exported cells from being run as formulas by spreadsheets (CSV or formula injection),
/// following OWASP: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
/// a `'` in front, which Excel and WPS show as text and do not evaluate.
///
/// A negative number such as `-2` or `-0.5` is left alone: it is a number to a spreadsheet, not
/// a formula. A cell that already starts with `'` before such a character gets a second one, so
/// that `unescaped` gives back exactly what was written and dutyd reads its own export losslessly.
public enum FormulaGuard {
    /// The characters a spreadsheet may read as the start of a formula.
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// `cell` as it is safe to write in a spreadsheet.
    public static func escaped(_ cell: String) -> String {
        needsPrefix(cell) ? "'" + cell : cell
    }

    /// A cell read from a ledger without the `'` that `escaped` put in front of it.
    public static func unescaped(_ cell: String) -> String {
        cell.first == "'" && needsPrefix(cell.dropFirst()) ? String(cell.dropFirst()) : cell
    }

    /// Whether a spreadsheet could take `cell` for a formula, or it would read ambiguously back.
    private static func needsPrefix(_ cell: Substring) -> Bool {
        guard let first = cell.first else { return false }
        if first == "'" { return needsPrefix(cell.dropFirst()) }
        return triggers.contains(first) && !isNegativeNumber(cell)
    }

    private static func needsPrefix(_ cell: String) -> Bool {
        needsPrefix(cell[...])
    }

    /// `-` followed by digits with at most one decimal point, e.g. `-2` or `-0.5`.
    private static func isNegativeNumber(_ cell: Substring) -> Bool {
        guard cell.first == "-", cell.count > 1 else { return false }
        let digits = cell.dropFirst()
        return digits.first != "." && digits.last != "." && digits.filter { $0 == "." }.count <= 1
            && digits.allSatisfy { $0 == "." || ("0"..."9").contains($0) }
    }
}
