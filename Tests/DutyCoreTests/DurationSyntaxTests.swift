import DutyCore
import Testing

@Suite("Duration syntax")
struct DurationSyntaxTests {
    @Test("valid durations", arguments: [
        ("45s", 45), ("30m", 1_800), ("2h", 7_200), ("1d", 86_400), ("1h30m", 5_400), ("1d12h", 129_600),
    ])
    func valid(text: String, seconds: Int64) {
        #expect(DurationSyntax.parse(text) == .seconds(seconds))
    }

    @Test("invalid durations", arguments: ["", "30", "m", "2x", "1.5h", "-1h", "1h 30m", "１h", "99999999999999999999d"])
    func invalid(text: String) {
        #expect(DurationSyntax.parse(text) == nil)
    }

    @Test("formatting writes the largest units first")
    func format() {
        #expect(DurationSyntax.format(.seconds(5_400)) == "1h30m")
        #expect(DurationSyntax.format(.seconds(86_401)) == "1d1s")
        #expect(DurationSyntax.format(.zero) == "0s")
    }
}
