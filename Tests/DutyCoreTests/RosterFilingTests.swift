import DutyCore
import Foundation
import Testing

@Suite("Roster filing (报备): a unit that did not file by the deadline raises roster_not_filed, which climbs until it files")
struct RosterFilingTests {
    typealias At = SimulationClock

    /// The example's staffed units (rz, rz-dg, dg-sy, ls-zx), 劳动节 05-01..05-05, filings due 72h before: 04-28 00:00.
    static func state() throws -> DutyState {
        var configuration = try At.exampleConfiguration()
        configuration.duty.spotChecksPerShift = 0
        configuration.calendar = HolidayCalendar(periods: [HolidayPeriod(name: "劳动节", first: LocalDate("2026-05-01")!, last: LocalDate("2026-05-05")!)])
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(4, 27, 12), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
    }

    @Test("three units file in time (filing twice changes nothing); 东港区实验小学 does not: its alert is raised at the deadline, climbs, and filing late resolves it")
    func unitThatDidNotFile() throws {
        var state = try Self.state()
        #expect(state.configuration.duty.rosterFilingDeadline == .seconds(72 * 3_600))
        #expect(FilingBook.units(state.configuration) == ["rz", "rz-dg", "dg-sy", "ls-zx"])
        for unit in ["rz", "rz-dg", "ls-zx"] {
            let filed = state.handle(.fileRoster(unit: unit, period: nil, actor: "root"), now: At.at(4, 27, 15))
            #expect(filed.effects.journal.map(\.event) == [.rosterFiled], "\(unit)")
        }
        let again = state.handle(.fileRoster(unit: "rz", period: "劳动节", actor: "root"), now: At.at(4, 27, 16))
        #expect(again.effects.change.isEmpty, "filing again changes nothing")
        #expect(state.nextWakeup() == At.at(4, 28, 0))

        let deadline = state.check(now: At.at(4, 28, 0))
        #expect(deadline.change.alerts.map(\.kind) == [.rosterNotFiled])
        let alert = try #require(deadline.change.alerts.first)
        #expect(alert.summary == "东港区实验小学未在04-28 00:00前报备劳动节值班表" && alert.unit == "dg-sy" && alert.subject.description == "roster:dg-sy/劳动节")
        #expect(deadline.change.filings.map(\.unit) == ["dg-sy"])
        #expect(state.check(now: At.at(4, 28, 1)).change.alerts.isEmpty, "raised once")

        let climbed = state.check(now: At.at(4, 28, 4))
        #expect(climbed.change.events.map(\.action) == [.escalated])
        #expect(state.alerts.alerts[alert.id]?.level == 1)

        let late = state.handle(.fileRoster(unit: "dg-sy", period: nil, actor: .clerk("root", for: ActorPerson(id: "sy-liu", name: "刘洋"))), now: At.at(4, 28, 5))
        #expect(late.effects.change.events.map(\.action) == [.resolved])
        #expect(late.effects.change.events.first?.note == "东港区实验小学已于04-28 05:00补报劳动节值班表")
        #expect(late.effects.change.filingEvents.map(\.late) == [true])
        #expect(state.filings.filing(unit: "dg-sy", period: "劳动节")?.filedBy?.person?.id == "sy-liu")
    }

    @Test("refusals change nothing: an unknown unit or period, a unit that keeps no roster, no period ahead")
    func refusals() throws {
        var state = try Self.state()
        func refusal(_ unit: String, _ period: String?, at: Date = At.at(4, 27, 15)) -> FilingCommandError? {
            guard case .failure(.filing(let error)) = state.handle(.fileRoster(unit: unit, period: period, actor: "root"), now: at).result else { return nil }
            return error
        }
        #expect(refusal("nowhere", nil) == .unknownUnit("nowhere"))
        #expect(refusal("dg-sy", "寒假") == .unknownPeriod("寒假"))
        #expect(refusal("dg-sz", nil) == .notStaffed("dg-sz"))
        #expect(refusal("dg-sy", nil, at: At.at(5, 6, 0)) == .noPeriod)
        #expect(state.filings.filings.isEmpty)
    }

    @Test("roster_filing_deadline is a duration checked with file:line:column, and needs a roster_not_filed policy only when set")
    func configuration() {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: "[duty]\nroster_filing_deadline = \"3 days\"\n")) == [
            "dutyd.toml:2:26: invalid duration \"3 days\" for \"roster_filing_deadline\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\"",
        ])
        let withoutPolicy = ConfigFixtures.policies.components(separatedBy: "[[policies]]").filter { !$0.contains("roster_not_filed") }.joined(separator: "[[policies]]")
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: "[duty]\nroster_filing_deadline = \"72h\"\n", policies: withoutPolicy)).contains {
            $0.hasSuffix("no escalation policy for \"roster_not_filed\" alerts: add a [[policies]] entry with kind = \"roster_not_filed\"")
        })
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(policies: withoutPolicy)) == [], "not needed without the deadline")
    }
}
