import DutyCore
import Testing

@Suite("The [hazards] configuration table")
struct HazardConfigTests {
    @Test("reminder lead times and the verification limit are read, longest lead first; defaults otherwise")
    func settings() throws {
        let configuration = try ConfigDecoder.decode(ConfigFixtures.text(prefix: "[hazards]\nreminders = [\"1d\", \"7d\", \"12h\"]\nverify_within = \"2d\"\n\n"), file: "dutyd.toml")
        #expect(configuration.hazards.reminders == [.seconds(604_800), .seconds(86_400), .seconds(43_200)])
        #expect(configuration.hazards.verifyWithin == .seconds(172_800))
        #expect(try ConfigDecoder.decode(ConfigFixtures.text(), file: "dutyd.toml").hazards == HazardSettings())
    }

    @Test("mistakes are reported at their line and column", arguments: [
        ("[hazards]\nreminders = [\"3d\", \"soon\"]\n", "dutyd.toml:2:20: invalid reminder lead time \"soon\": expected a duration before the deadline such as \"3d\" or \"12h\""),
        ("[hazards]\nreminders = [\"1d\", \"24h\"]\n", "dutyd.toml:2:20: reminder lead time \"24h\" repeats the one at line 2, column 14"),
        ("[hazards]\nverify_within = \"3 days\"\n", "dutyd.toml:2:17: invalid duration \"3 days\" for \"verify_within\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\""),
        ("[hazards]\nreminder = [\"1d\"]\n", "dutyd.toml:2:1: unknown key \"reminder\" in [hazards]; did you mean \"reminders\"?"),
        ("[hazards]\nreminders = [\"367d\"]\n", "dutyd.toml:2:14: reminder lead time \"367d\" is too long: expected at most 366d"),
        ("[hazards]\nverify_within = \"9223372036854775807s\"\n", "dutyd.toml:2:17: \"verify_within\" \"9223372036854775807s\" is too long: expected at most 366d"),
        ("[hazards]\nreminders = \"1d\"\n", "dutyd.toml:2:13: \"reminders\" in [hazards] must be an array of strings, not string"),
    ])
    func mistakes(prefix: String, expected: String) {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix + "\n")) == [expected])
    }
}
