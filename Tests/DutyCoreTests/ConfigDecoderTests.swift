import DutyCore
import Foundation
import Testing

@Suite("Configuration decoding")
struct ConfigDecoderTests {
    @Test("the fixture configuration is valid and decodes completely")
    func fixtureIsValid() throws {
        let configuration = try ConfigDecoder.decode(ConfigFixtures.text(), file: "dutyd.toml")
        #expect(configuration.daemon == DaemonSettings())
        #expect(configuration.tree.units.map(\.id) == ["rz", "dg", "sy"])
        #expect(configuration.tree["rz"]?.contacts[.dutyOffice] == ["zheng"])
        #expect(configuration.people.map(\.name) == ["吴志强", "郑海涛"])
        #expect(configuration.policies.count == AlertKind.allCases.count)
        #expect(configuration.policies[0].levels == [
            EscalationLevel(target: .responsible, timeout: .seconds(900)),
            EscalationLevel(target: .contact(.dutyOffice, up: 1), timeout: .seconds(1_800)),
        ])
        #expect(configuration.policies[0].repeatInterval == .seconds(1_800))
    }

    @Test("the bundled example configuration passes the check")
    func bundledExampleIsValid() throws {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/dutyd.toml").standardized
        let configuration = try ConfigDecoder.decode(String(contentsOf: file, encoding: .utf8), file: "dutyd.toml")
        let kinds = Dictionary(grouping: configuration.tree.units, by: \.kind).mapValues(\.count)
        #expect(kinds[.city] == 1)
        #expect(kinds[.county] == 2)
        #expect((kinds[.school] ?? 0) >= 6)
        #expect(configuration.data.rosters.count == 1)
        #expect(configuration.data.ledgers.count == 1)
        #expect(configuration.tree.path(toRootFrom: "dg-sy").map(\.name) == ["东港区实验小学", "东港区教育和体育局", "日照市教育局", "山东省教育厅"])
        #expect(configuration.policies.policy(for: .hazardOverdue, risk: .major)?.levels.first?.timeout == .seconds(7_200))
        #expect(configuration.policies.policy(for: .hazardOverdue, risk: .low)?.repeatInterval == .seconds(259_200))
    }

    @Test("daemon settings override the defaults")
    func daemonSettings() throws {
        let prefix = """
            [daemon]
            time_zone = "Asia/Urumqi"
            check_interval = "1m30s"
            state_directory = "state"
            admin_group = "anquanke"

            """
        let daemon = try ConfigDecoder.decode(ConfigFixtures.text(prefix: prefix), file: "dutyd.toml").daemon
        #expect(daemon == DaemonSettings(timeZone: "Asia/Urumqi", checkInterval: .seconds(90), stateDirectory: "state", adminGroup: "anquanke"))
    }

    @Test("a channel may deliver up to 1,000 at once and 1,000,000 a minute, for a province's own receiver")
    func channelLimits() throws {
        let prefix = """
            [[channels]]
            id = "hook"
            type = "command"
            command = ["/bin/true"]
            concurrency = 1000
            rate_per_minute = 1000000

            """
        let channel = try #require(try ConfigDecoder.decode(ConfigFixtures.text(prefix: prefix), file: "dutyd.toml").channels.first)
        #expect(channel.concurrency == 1_000)
        #expect(channel.ratePerMinute == 1_000_000)
        let tooMany = prefix.replacingOccurrences(of: "concurrency = 1000\n", with: "concurrency = 1001\n")
            .replacingOccurrences(of: "1000000", with: "1000001")
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: tooMany)) == [
            "dutyd.toml:5:15: \"concurrency\" must be between 1 and 1000, not 1001",
            "dutyd.toml:6:19: \"rate_per_minute\" must be between 1 and 1000000, not 1000001",
        ])
    }

    @Test(
        "each broken configuration is rejected with its file:line:column and what was expected",
        arguments: [
            (
                "[daemon]\ntim_zone = \"Asia/Shanghai\"\n",
                "dutyd.toml:2:1: unknown key \"tim_zone\" in [daemon]; did you mean \"time_zone\"?"
            ),
            (
                "[daemon]\ncheck_interval = 60\n",
                "dutyd.toml:2:18: \"check_interval\" in [daemon] must be a duration string such as \"30m\", \"2h\" or \"1d\", not integer"
            ),
            (
                "[daemon]\ncheck_interval = \"5x\"\n",
                "dutyd.toml:2:18: invalid duration \"5x\" for \"check_interval\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\""
            ),
            (
                "[daemon]\ntime_zone = \"Asia/Beijing\"\n",
                "dutyd.toml:2:13: unknown time zone \"Asia/Beijing\": expected an IANA zone name such as \"Asia/Shanghai\""
            ),
            (
                "[[units]]\nid = \"dg\"\nname = \"重复\"\nkind = \"county\"\nparent = \"rz\"\n",
                "dutyd.toml:13:6: duplicate unit id \"dg\" (first defined at line 2)"
            ),
            (
                "[[units]]\nid = \"ls\"\nname = \"岚山区教育和体育局\"\nkind = \"county\"\nparent = \"rizhao\"\n",
                "dutyd.toml:5:10: unknown parent \"rizhao\" of unit \"ls\": no [[units]] entry has this id"
            ),
            (
                "[[units]]\nid = \"ls\"\nname = \"岚山区\"\nkind = \"county\"\nparent = \"lsx\"\n\n[[units]]\nid = \"lsx\"\nname = \"岚山区二\"\nkind = \"county\"\nparent = \"ls\"\n",
                "dutyd.toml:5:10: cycle in the organisation tree: ls → lsx → ls; a unit cannot be its own ancestor"
            ),
            (
                "[[people]]\nid = \"lin\"\nname = \"林小红\"\nphone = \"13906333002\"\nunit = \"ls-zx\"\n",
                "dutyd.toml:5:8: person \"lin\" belongs to unknown unit \"ls-zx\": no [[units]] entry has this id"
            ),
            (
                "[[people]]\nid = \"wu\"\nname = \"吴志强\"\nphone = \"13806330101\"\nunit = \"rz\"\n",
                "dutyd.toml:24:6: duplicate person id \"wu\" (first defined at line 2)"
            ),
            (
                "[daemon]\ntime_zone = \"Asia/Shanghai\n",
                "dutyd.toml:2:27: unterminated string; expected '\"' before end of line"
            ),
            (
                "[[units]]\nid = \"ls\"\nkind = \"county\"\nparent = \"rz\"\n",
                "dutyd.toml:1:1: missing key \"name\" in [[units]] entry 1; expected the unit's name, e.g. \"东港区教育和体育局\""
            ),
            (
                "[[units]]\nid = \"ls\"\nname = \"岚山区\"\nkind = \"town\"\nparent = \"rz\"\n",
                "dutyd.toml:4:8: invalid \"kind\" \"town\": expected one of \"province\", \"city\", \"county\", \"school\""
            ),
            (
                "[[units]]\nid = \"ls\"\nname = \"岚山区\"\nkind = \"county\"\nparent = \"rz\"\ncontacts = { head = [\"he\"] }\n",
                "dutyd.toml:6:22: unknown person \"he\" in head contacts of unit \"ls\": no [[people]] entry has this id"
            ),
            (
                "[[units]]\nid = \"ls\"\nname = \"岚山区\"\nkind = \"school\"\nparent = \"sy\"\n",
                "dutyd.toml:5:10: unit \"ls\" (school) cannot have parent \"sy\" (school): a parent must be a higher level (province > city > county > school)"
            ),
            (
                "[[people]]\nid = \"lin\"\nname = \"林小红\"\nphone = \"13906333002\"\nunit = \"sy\"\nchannels = [\"sms\"]\n",
                "dutyd.toml:6:13: unknown channel \"sms\" for person \"lin\": define it in a [[channels]] entry or use \"journal\""
            ),
            (
                "[[units]]\nid = \"ls\"\nname = \"岚山区\"\nkind = \"county\"\nparent = \"rz\"\nchannels = [\"robot\"]\n",
                "dutyd.toml:6:13: unknown channel \"robot\" for unit \"ls\": define it in a [[channels]] entry (the journal needs no mention)"
            ),
            (
                "[[channels]]\nid = \"mail\"\ntype = \"email\"\nfrom = \"dutyd@rzedu.example.cn\"\n\n[[units]]\nid = \"ls\"\nname = \"岚山区\"\nkind = \"county\"\nparent = \"rz\"\nchannels = [\"mail\"]\n",
                "dutyd.toml:11:13: unit \"ls\" cannot use email channel \"mail\": e-mail goes to people's addresses; give the unit a command or webhook channel"
            ),
            (
                "[[policies]]\nkind = \"incident\"\nrisk = \"major\"\nlevels = [{ role = \"bureau_chief\", timeout = \"15m\" }]\nresolve_within = \"1h\"\n",
                "dutyd.toml:4:20: unknown role \"bureau_chief\": expected one of \"responsible\", \"duty_officer\", \"leader_on_duty\", \"head\", \"safety\", \"duty_office\""
            ),
            (
                "[[policies]]\nkind = \"missed_checkin\"\nrisk = \"major\"\nlevels = [{ role = \"responsible\", timeout = \"15m\" }]\nresolve_within = \"1h\"\n",
                "dutyd.toml:3:8: \"missed_checkin\" alerts have no risk level; remove \"risk\" from this policy"
            ),
            (
                "[[policies]]\nkind = \"incident\"\nlevels = [{ role = \"responsible\", timeout = \"15m\" }]\nresolve_within = \"1h\"\n",
                "dutyd.toml:55:8: duplicate policy for kind \"incident\" without risk (first defined at line 2)"
            ),
        ]
    )
    func brokenConfiguration(prefix: String, expected: String) {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix)) == [expected])
    }

    @Test("a missing policy names the alert kind and risk levels left uncovered")
    func missingPolicy() {
        let policies = ConfigFixtures.policies.replacingOccurrences(of: "kind = \"incident\"", with: "kind = \"incident\"\nrisk = \"major\"")
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(policies: policies)) == [
            "dutyd.toml:1:1: no escalation policy for \"incident\" alerts for risk \"high\", \"general\", \"low\": add a [[policies]] entry with kind = \"incident\""
        ])
    }

    @Test("every mistake in a file is reported at once, in position order")
    func allMistakesAtOnce() {
        let prefix = """
            [daemon]
            time_zone = "Mars/Olympus"
            check_interval = "0m"
            colour = true

            """
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix)) == [
            "dutyd.toml:2:13: unknown time zone \"Mars/Olympus\": expected an IANA zone name such as \"Asia/Shanghai\"",
            "dutyd.toml:3:18: \"check_interval\" must be longer than zero",
            "dutyd.toml:4:1: unknown key \"colour\" in [daemon]; expected one of: time_zone, check_interval, state_directory, control_socket, admin_group, socket_mode, control_timeout, connections_per_user, watches_per_user, scoped_reads",
        ])
    }

    @Test("per-user limits of the control socket are read, and out of range is reported at its position")
    func controlLimits() throws {
        let limits = "[daemon]\nconnections_per_user = 8\nwatches_per_user = 2\n\n"
        let daemon = try ConfigDecoder.decode(ConfigFixtures.text(prefix: limits), file: "dutyd.toml").daemon
        #expect((daemon.connectionsPerUser, daemon.watchesPerUser) == (8, 2))
        let defaults = try ConfigDecoder.decode(ConfigFixtures.text(), file: "dutyd.toml").daemon
        #expect((defaults.connectionsPerUser, defaults.watchesPerUser) == (64, 16))
        let wrong = "[daemon]\nconnections_per_user = 0\nwatches_per_user = 449\n\n"
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: wrong)) == [
            "dutyd.toml:2:24: \"connections_per_user\" must be between 1 and 448, not 0",
            "dutyd.toml:3:20: \"watches_per_user\" must be between 1 and 448, not 449",
        ])
    }

    @Test("scoped_reads is a boolean, false by default, and anything else is reported at its position")
    func scopedReads() throws {
        #expect(try ConfigDecoder.decode(ConfigFixtures.text(prefix: "[daemon]\nscoped_reads = true\n\n"), file: "dutyd.toml").daemon.scopedReads)
        #expect(try !ConfigDecoder.decode(ConfigFixtures.text(), file: "dutyd.toml").daemon.scopedReads)
        let wrong = ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: "[daemon]\nscoped_reads = \"yes\"\n\n"))
        #expect(wrong.count == 1 && wrong[0].hasPrefix("dutyd.toml:2:16: ") && wrong[0].contains("scoped_reads"), "\(wrong)")
    }

    @Test("a unit with a wrong kind is reported once, not again as the unknown parent of its schools and the unknown unit of its people")
    func wrongKindReportsOnlyTheFirstCause() {
        let units = ConfigFixtures.units.replacing("kind = \"county\"", with: "kind = \"district\"")
        let people = ConfigFixtures.people + "[[people]]\nid = \"sun\"\nname = \"孙立新\"\nphone = \"13806331201\"\nunit = \"dg\"\n\n"
        let prefix = "[duty]\nstaffed_units = [\"dg\"]\n\n"
        let diagnostics = ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix, units: units, people: people))
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.contains("\"kind\"") == true && diagnostics.first?.contains("district") == true, "\(diagnostics)")
    }
}
