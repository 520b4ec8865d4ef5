/// Character classes of the TOML grammar and how characters are shown in messages.
extension Unicode.Scalar {
    /// Whether this is an ASCII decimal digit.
    var isDecimalDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// The value of an ASCII hexadecimal digit (either case), or nil.
    var hexDigitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0x41...0x46: Int(value - 0x41 + 10)
        case 0x61...0x66: Int(value - 0x61 + 10)
        default: nil
        }
    }

    /// Whether this is a digit in the given radix (2, 8, 10 or 16).
    func isDigit(radix: Int) -> Bool {
        guard let digit = hexDigitValue else { return false }
        return digit < radix
    }

    /// Whether this may appear in a bare key: `A-Z a-z 0-9 _ -`.
    var isBareKeyCharacter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D: true
        default: false
        }
    }

    /// Whether this is TOML whitespace: a space or a tab.
    var isTOMLWhitespace: Bool { value == 0x20 || value == 0x09 }

    /// Whether this is a control character that strings and comments may not contain
    /// (everything below U+0020 except tab, and U+007F).
    var isForbiddenControl: Bool { (value < 0x20 && value != 0x09) || value == 0x7F }

    /// The code point written as `U+XXXX`.
    var codeDescription: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// How the character is named in a message: quoted when visible, `U+XXXX` for
    /// control characters, tabs, invisible format characters and non-ASCII spaces.
    var messageDescription: String {
        if value < 0x80 {
            return isForbiddenControl || value == 0x09 ? codeDescription : "'\(self)'"
        }
        if properties.isWhitespace || properties.generalCategory == .format {
            return codeDescription
        }
        return "'\(self)'"
    }
}
