/// The number of terminal columns text takes, so that Chinese and Latin text line up.
///
/// East Asian Wide and Fullwidth characters (CJK ideographs, Hangul, kana, fullwidth forms,
/// CJK punctuation, emoji) take 2 columns, combining marks and zero-width characters 0,
/// everything else 1. A grapheme cluster (`Character`) takes as many columns as its widest
/// scalar, so an accented letter, a syllable of conjoining Hangul jamo or a flag is measured the way
/// a terminal draws it.
public enum DisplayWidth {
    /// The columns `text` takes on a terminal.
    public static func of(_ text: String) -> Int {
        // Printable ASCII takes a column a byte; checking for it spares the Unicode property tables.
        if isPrintableASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Whether `text` holds only printable ASCII (space to `~`): one column and one character per byte.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20...0x7E).contains($0) }
    }

    /// The columns one grapheme cluster takes; a text symbol with U+FE0F is drawn as a 2-column emoji.
    static func of(_ character: Character) -> Int {
        // ASCII (CR LF included) needs no Unicode property tables: printable takes a column, control none.
        if let ascii = character.asciiValue { return (0x20...0x7E).contains(ascii) ? 1 : 0 }
        let scalars = character.unicodeScalars
        if scalars.contains("\u{FE0F}"), let base = scalars.first, base.properties.isEmoji {
            return 2
        }
        var widest = 0
        for scalar in scalars { widest = max(widest, of(scalar)) }
        return widest
    }

    /// The columns one scalar takes on its own.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if properties.isEmojiPresentation || properties.isIdeographic || isWide(scalar.value) {
            return 2
        }
        return 1
    }

    /// Whether `value` lies in an East Asian Wide or Fullwidth block (Unicode's EastAsianWidth.txt,
    /// W and F). A switch rather than an array of ranges: building `[ClosedRange<UInt32>]` looked up
    /// `Comparable` at run time, an eighth of a `dutyctl status` (bench/cli-status.sh).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
            0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (not U+303F, half-fill space)
            0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, CJK compatibility
            0x3400...0x4DBF,  // CJK Extension A
            0x4E00...0x9FFF,  // CJK Unified Ideographs
            0xA000...0xA4CF,  // Yi
            0xA960...0xA97F,  // Hangul Jamo Extended-A
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK Compatibility Ideographs
            0xFE10...0xFE19,  // vertical forms
            0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
            0xFF00...0xFF60,  // fullwidth forms
            0xFFE0...0xFFE6,  // fullwidth signs
            0x1AFF0...0x1B2FF,  // kana supplements, Nüshu
            0x20000...0x3FFFD:  // supplementary and tertiary ideographic planes
            return true
        default:
            return false
        }
    }
}
