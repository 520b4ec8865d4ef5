import DutyCore
import DutyPhrases
import Foundation
import Testing

@Suite("Scoped administrators ([[admins]])")
struct AdminScopeTests {
    typealias At = SimulationClock

    @Test("[[admins]] entries read into the configuration")
    func decodes() throws {
        let prefix = """
            [[admins]]
            group = "dg-admin"
            units = ["dg"]

            """
        let configuration = try ConfigDecoder.decode(ConfigFixtures.text(prefix: prefix), file: "dutyd.toml")
        #expect(configuration.admins == [AdminScope(group: "dg-admin", units: ["dg"])])
    }

    @Test(
        "each broken [[admins]] entry is rejected with its file:line:column",
        arguments: [
            ("[[admins]]\ngroup = \"dg-admin\"\nunits = [\"nowhere\"]\n", "dutyd.toml:3:10: unknown unit \"nowhere\" in [[admins]] \"units\": no [[units]] entry has this id"),
            ("[[admins]]\ngroup = \"dg-admin\"\nunits = []\n", "dutyd.toml:3:9: \"units\" of [[admins]] entry 1 is empty: list at least one unit id"),
            ("[[admins]]\ngroup = \"dg-admin\"\n", "dutyd.toml:1:1: [[admins]] entry 1 has no \"units\": list the unit ids its members may act on"),
            ("[[admins]]\ngroup = \"dg-admin\"\nunit = [\"dg\"]\n", "dutyd.toml:3:1: unknown key \"unit\" in [[admins]] entry 1; did you mean \"units\"?"),
        ])
    func broken(text: String, expected: String) {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: text)).contains(expected), "\(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: text)))")
    }

    @Test("a scope admits commands on its units and the units below, and nothing else; not ledger imports")
    func permits() throws {
        var state = try DutyStateTests.state()
        _ = state.check(now: At.at(5, 1, 8, 15))
        let dongGang = ["rz-dg"]
        #expect(state.permits(.report(unit: "dg-sy", summary: "x", severity: .general, actor: "a"), within: dongGang))
        #expect(!state.permits(.report(unit: "ls-zx", summary: "x", severity: .general, actor: "a"), within: dongGang))
        #expect(!state.permits(.report(unit: "rz", summary: "x", severity: .general, actor: "a"), within: dongGang))
        // Alert 1 is 东港区实验小学's missed check-in, alert 2 岚山区中心小学's.
        #expect(state.permits(.acknowledge(alert: 1, note: nil, actor: "a"), within: dongGang))
        #expect(!state.permits(.resolve(alert: 2, note: nil, actor: "a"), within: dongGang))
        #expect(state.permits(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: nil, actor: "a"), within: dongGang))
        #expect(!state.permits(.spotCheck(unit: "ls-zx", target: .dutyOfficer, report: nil, actor: "a"), within: dongGang))
        #expect(!state.permits(.importLedger(.unreadable(path: "x", problem: DiagnosticLine(file: "x", position: .wholeFile, message: "y")), dryRun: true, allowUnmatched: false, actor: "a"), within: dongGang))
        // Unknown ids are let through, to be refused as unknown.
        #expect(state.permits(.acknowledge(alert: 99, note: nil, actor: "a"), within: dongGang))
    }
}
