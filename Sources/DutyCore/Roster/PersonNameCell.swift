import DutyPhrases
/// The people a spreadsheet cell names, tidied the way office tables need: `周燕（园长）` loses its
/// title, `王 强` (an ASCII or full-width space between the characters, as Word-made tables pad
/// names) loses its inner spaces, and `赵磊、孙丽` lists two names. Each tidying is a notice.
struct PersonNameCell: Equatable {
    /// The names the cell lists, in order, each tidied.
    let names: [String]
    /// What was tidied, for the import's notices.
    let notices: [Phrase]

    /// Characters that separate several names in one cell.
    static let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", "／"]

    init(_ cell: String) {
        var notices: [Phrase] = []
        var names: [String] = []
        for part in Self.parts(of: cell) {
            var name = CSVCellText.trimmed(String(part))
            if let title = Self.trailingTitle(of: name) {
                name = CSVCellText.trimmed(String(name.dropLast(title.count)))
                notices.append(Phrase("person.titleDropped", CSVCellText.quoted(CSVCellText.trimmed(String(part))), title))
            }
            let words = name.split(whereSeparator: \.isWhitespace)
            if words.count > 1, name.allSatisfy({ $0.isWhitespace || Self.isHan($0) }) {
                let joined = words.joined()
                notices.append(Phrase("person.spacesDropped", CSVCellText.quoted(name), CSVCellText.quoted(joined)))
                name = joined
            }
            if !name.isEmpty { names.append(name) }
        }
        self.names = names
        self.notices = notices
    }

    /// The cell split at the separators outside brackets: `李娜（副园长、安全员）` is one part.
    private static func parts(of cell: String) -> [String] {
        var parts = [""]
        var depth = 0
        for character in cell {
            if character == "（" || character == "(" { depth += 1 }
            if character == "）" || character == ")" { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(character) {
                parts.append("")
            } else {
                parts[parts.count - 1].append(character)
            }
        }
        return parts
    }

    /// A bracketed title at the end, `（园长）` or `(园长)`, if any.
    private static func trailingTitle(of name: String) -> String? {
        guard let close = name.last, close == "）" || close == ")" else { return nil }
        guard let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }), open != name.startIndex else { return nil }
        return String(name[open...])
    }

    /// Whether a character is a CJK ideograph (a Chinese name's characters, or ·).
    private static func isHan(_ character: Character) -> Bool {
        character == "·" || character.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x2FFFF).contains($0.value) }
    }
}
