/// A cell of a worksheet by its 1-based row and column, read and written in A1 notation (`C7`).
public struct CellAddress: Hashable, Sendable, CustomStringConvertible {
    public let row: Int
    public let column: Int

    /// The largest row and column a worksheet has (Excel's limits).
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `C7` (and `$C$7`); nil for anything else or an address outside a worksheet.
    public init?(_ text: some StringProtocol) {
        var letters = 0
        var digits = 0
        var seenDigit = false
        for character in text where character != "$" {
            if let ascii = character.asciiValue, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(ascii & ~0x20), !seenDigit {
                letters = letters * 26 + Int((ascii & ~0x20) - UInt8(ascii: "A")) + 1
                guard letters <= Self.maxColumn else { return nil }
            } else if let value = character.wholeNumberValue, character.isASCII {
                seenDigit = true
                digits = digits * 10 + value
                guard digits <= Self.maxRow else { return nil }
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0 else { return nil }
        self.init(row: digits, column: letters)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `C7`.
    public var description: String { Self.letters(ofColumn: column) + String(row) }

    /// `Sheet1!C7`, or `'值班 表'!C7` when the sheet's name needs quotes.
    public func reference(in sheet: String) -> String {
        "\(Self.quotedSheet(sheet))!\(self)"
    }

    /// The sheet name as Excel writes it in a reference: quoted when it has anything but letters, digits, `_` and `.`.
    public static func quotedSheet(_ sheet: String) -> String {
        guard sheet.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) else { return sheet }
        return "'" + String(sheet.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }
}
