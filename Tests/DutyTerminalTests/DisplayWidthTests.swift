import DutyTerminal
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test("Latin text takes one column a character", arguments: [
        ("", 0), ("rz-dg", 5), ("Rizhao No.1 Middle School", 25), ("café", 4), ("Ω≈ç√", 4),
    ])
    func narrow(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("East Asian wide and fullwidth characters take two columns", arguments: [
        ("日照市教育局", 12),
        ("东港区实验小学", 14),
        ("隐患整改台账", 12),
        ("𠀀𪚥", 4),  // CJK Extension B, beyond the Basic Multilingual Plane
        ("𗀀", 2),  // Tangut: ideographic by its Unicode property
        ("ひらがなカタカナ", 16),
        ("𛀀", 2),  // Kana Supplement U+1B000
        ("한국어", 6),
        ("ＡＢＣ１２３", 12),  // fullwidth forms U+FF21…
        ("，！｠", 6),  // U+FF0C, U+FF01 and the end of the fullwidth block U+FF60
        ("￥￦", 4),  // fullwidth signs U+FFE5, U+FFE6
        ("　、。「」〒", 12),  // CJK punctuation from U+3000
        ("👍🔥", 4),
    ])
    func wide(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("halfwidth forms next to the fullwidth block stay narrow")
    func halfwidth() {
        #expect(DisplayWidth.of("｡ｶﾀｶﾅ") == 5)  // U+FF61…
        #expect(DisplayWidth.of("￨") == 1)  // U+FFE8, after the fullwidth signs
    }

    @Test("combining marks and zero-width characters take no columns", arguments: [
        ("e\u{0301}", 1),  // e + combining acute accent
        ("\u{0301}", 0),  // a combining mark on its own
        ("a\u{200B}b", 2),  // zero width space
        ("a\u{200D}b", 2),  // zero width joiner
        ("\u{FEFF}x", 1),  // byte order mark
        ("\u{1100}\u{1161}\u{11A8}", 2),  // 각 as conjoining jamo: one wide syllable
        ("か\u{3099}", 2),  // か + combining dakuten
    ])
    func zeroWidth(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("emoji sequences take two columns, text symbols one")
    func emoji() {
        #expect(DisplayWidth.of("☀") == 1)
        #expect(DisplayWidth.of("☀\u{FE0F}") == 2)  // emoji presentation selector
        #expect(DisplayWidth.of("🇨🇳") == 2)  // a flag: two regional indicators
        #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧") == 2)  // a family joined by ZWJ
        #expect(DisplayWidth.of("👍🏽") == 2)  // with a skin tone modifier
    }

    @Test("truncation cuts by columns and ends in an ellipsis")
    func truncate() {
        #expect(DisplayWidth.truncate("东港区实验小学", to: 14) == "东港区实验小学")
        #expect(DisplayWidth.truncate("东港区实验小学", to: 13) == "东港区实验小…")
        #expect(DisplayWidth.truncate("东港区实验小学", to: 6) == "东港…")
        #expect(DisplayWidth.truncate("消防通道 blocked", to: 9) == "消防通道…")
        #expect(DisplayWidth.truncate("Fire door blocked", to: 10) == "Fire door…")
        #expect(DisplayWidth.truncate("Fire door blocked", to: 1) == "…")
        #expect(DisplayWidth.truncate("Fire door blocked", to: 0) == "")
    }
}
