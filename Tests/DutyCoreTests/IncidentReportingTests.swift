import DutyCore
import Foundation
import Testing

/// Incidents as the rules require: structured reports, 续报 to everyone told, 逐级上报 that an
/// acknowledgement cannot replace, and the phone and written deadlines, on the example bureau.
///
/// A major incident at 东港区实验小学 (dg-sy) climbs: level 0 the county's duty office (dg-zhao),
/// 1 the county's head (dg-sun), 2 the city's duty office (rz-zheng), 3 the city's head (rz-wu).
@Suite("Incidents: follow-ups, pass-up and reporting deadlines")
struct IncidentReportingTests {
    typealias At = SimulationClock

    /// The example bureau, its major-incident policy given `reporting`.
    static func state(_ reporting: IncidentReporting) throws -> DutyState {
        var configuration = try At.exampleConfiguration()
        let index = try #require(configuration.policies.firstIndex { $0.kind == .incident && $0.risk == .major })
        configuration.policies[index].reporting = reporting
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(10, 2, 14), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
    }

    static let details = IncidentDetails(
        occurredAt: At.at(10, 2, 13, 55), place: "河山镇水库", category: "溺水", casualties: "1人送医", actionsTaken: "已拨打120",
        reporter: "陈思远", contactNumber: "13906332002")

    /// Reports the major incident at 14:00 and returns its id and alert id.
    static func report(_ state: inout DutyState) throws -> (String, Int64) {
        let (_, result) = state.handle(.report(unit: "dg-sy", summary: "学生溺水", severity: .major, details: details, actor: "sy-chen"), now: At.at(10, 2, 14))
        guard case .success(.report(let incident, let alert)) = result else { throw IncidentTestFailure(result: "\(result)") }
        #expect(incident.details == details)
        return (incident.id, alert.id)
    }

    @Test("a major incident acknowledged by the county still reaches the city under mandatory_upward")
    func acknowledgedStillClimbs() throws {
        var state = try Self.state(IncidentReporting(mandatoryUpward: true))
        let (incident, alert) = try Self.report(&state)

        // 14:05 the county's duty office acknowledges: recorded, but the climb goes on.
        let (acknowledged, result) = state.handle(.acknowledge(alert: alert, note: "已收到", actor: "dg-zhao"), now: At.at(10, 2, 14, 5))
        guard case .success(.alert(let afterAck)) = result else { Issue.record("expected the alert, got \(result)"); return }
        #expect(afterAck.state == .triggered && afterAck.nextDueAt == At.at(10, 2, 14, 15))
        #expect(acknowledged.change.events.map(\.action) == [.acknowledged])
        #expect(acknowledged.change.events.first?.note == "已收到 — still climbs: this incident must be passed up (dutyctl report pass-up \(incident))")

        // 14:15 nobody passed it up: the county's head; 14:20 he passes it up: the city's duty office, at once.
        let climbed = state.check(now: At.at(10, 2, 14, 15))
        #expect(climbed.change.events.map(\.action) == [.escalated])
        #expect(climbed.change.events.first?.recipients == ["dg-sun"])
        let (passed, passResult) = state.handle(.passUp(incident: incident, note: "已电话报告市局", actor: "dg-sun"), now: At.at(10, 2, 14, 20))
        guard case .success(.report(_, let atCity)) = passResult else { Issue.record("expected the incident, got \(passResult)"); return }
        #expect(atCity.level == 2 && atCity.nextDueAt == At.at(10, 2, 14, 50))
        #expect(passed.change.events.map(\.action) == [.passedUp])
        #expect(passed.change.events.first?.recipients == ["rz-zheng"])
        #expect(passed.journal.map(\.event) == [.incidentPassedUp])
        #expect(Set(passed.notifications.map(\.recipient)) == ["rz-zheng"])
    }

    @Test("without mandatory_upward the county's acknowledgement stops the climb, as before")
    func acknowledgedStopsWithoutRule() throws {
        var state = try Self.state(IncidentReporting())
        let (_, alert) = try Self.report(&state)
        let (_, result) = state.handle(.acknowledge(alert: alert, note: nil, actor: "dg-zhao"), now: At.at(10, 2, 14, 5))
        guard case .success(.alert(let afterAck)) = result else { Issue.record("expected the alert, got \(result)"); return }
        #expect(afterAck.state == .acknowledged)
        #expect(state.check(now: At.at(10, 2, 14, 15)).change.events.isEmpty)
    }

    @Test("a follow-up notifies everyone already told, at every level reached, through the outbox")
    func followUpTellsEveryone() throws {
        var state = try Self.state(IncidentReporting(mandatoryUpward: true))
        let (incident, _) = try Self.report(&state)
        _ = state.check(now: At.at(10, 2, 14, 15))
        _ = state.handle(.passUp(incident: incident, note: nil, actor: "dg-sun"), now: At.at(10, 2, 14, 20))

        let (effects, result) = state.handle(.followUp(incident: incident, note: "学生已脱离危险", written: false, actor: "sy-chen"), now: At.at(10, 2, 14, 30))
        guard case .success(.report(_, let alert)) = result else { Issue.record("expected the incident, got \(result)"); return }
        #expect(alert.level == 2 && alert.nextDueAt == At.at(10, 2, 14, 50))
        #expect(effects.change.events.map(\.action) == [.followedUp])
        #expect(effects.change.events.first?.recipients == ["dg-zhao", "dg-sun", "rz-zheng"])
        #expect(Set(effects.notifications.map(\.recipient)) == ["dg-zhao", "dg-sun", "rz-zheng"])
        #expect(effects.notifications.allSatisfy { $0.fields["summary"] == "学生溺水（续报：学生已脱离危险）" && $0.fields["action"] == "续报" })
        #expect(effects.journal.map(\.event) == [.incidentFollowedUp])
    }

    @Test("a missed phone deadline escalates: phone_within caps each level's time to pass it up")
    func missedPhoneDeadline() throws {
        var state = try Self.state(IncidentReporting(mandatoryUpward: true, phoneWithin: .seconds(600)))
        _ = try Self.report(&state)
        #expect(state.check(now: At.at(10, 2, 14, 9)).change.events.isEmpty)
        let missed = state.check(now: At.at(10, 2, 14, 10))
        #expect(missed.change.events.map(\.action) == [.escalated])
        #expect(missed.change.events.first?.note == "not passed up by phone within 10m")
        #expect(missed.change.events.first?.recipients == ["dg-sun"])
        #expect(missed.nextWakeup == At.at(10, 2, 14, 20))
    }

    @Test("a written report not filed within written_within escalates once; a --written follow-up meets it")
    func writtenDeadline() throws {
        let reporting = IncidentReporting(writtenWithin: .seconds(2_400))
        var late = try Self.state(reporting)
        let (_, lateAlert) = try Self.report(&late)
        _ = late.handle(.acknowledge(alert: lateAlert, note: nil, actor: "dg-zhao"), now: At.at(10, 2, 14, 5))
        #expect(late.check(now: At.at(10, 2, 14, 39)).change.events.isEmpty)
        let missed = late.check(now: At.at(10, 2, 14, 40))
        #expect(missed.change.events.map(\.action) == [.escalated])
        #expect(missed.change.events.first?.note == "no written report within 40m of the report")
        #expect(missed.change.incidents.map(\.writtenDueAt) == [nil])
        #expect(late.alerts.alerts[lateAlert]?.level == 1)

        var filed = try Self.state(reporting)
        let (incident, filedAlert) = try Self.report(&filed)
        _ = filed.handle(.acknowledge(alert: filedAlert, note: nil, actor: "dg-zhao"), now: At.at(10, 2, 14, 5))
        let (written, _) = filed.handle(.followUp(incident: incident, note: "书面报告已报送", written: true, actor: "sy-chen"), now: At.at(10, 2, 14, 30))
        #expect(written.change.incidents.first?.writtenAt == At.at(10, 2, 14, 30))
        #expect(filed.check(now: At.at(10, 2, 14, 40)).change.events.isEmpty)
        #expect(filed.alerts.alerts[filedAlert]?.state == .acknowledged)
    }

    @Test("unknown, resolved and top-of-ladder incidents are refused and nothing changes")
    func refusals() throws {
        var state = try Self.state(IncidentReporting(mandatoryUpward: true))
        let (incident, alert) = try Self.report(&state)
        func refused(_ command: Command, _ expected: AlertCommandError) {
            let before = state.alerts.alerts
            let (effects, result) = state.handle(command, now: At.at(10, 2, 14, 30))
            guard case .failure(.alert(let error)) = result else { Issue.record("expected \(expected), got \(result)"); return }
            #expect(error == expected)
            #expect(effects.change.isEmpty && state.alerts.alerts == before)
        }
        refused(.passUp(incident: "I99", note: nil, actor: "dg-sun"), .incidentNotFound("I99"))
        refused(.followUp(incident: incident, note: "  ", written: false, actor: "dg-sun"), .emptyNote)
        for _ in 1...3 { _ = state.handle(.passUp(incident: incident, note: nil, actor: "dg-sun"), now: At.at(10, 2, 14, 20)) }
        #expect(state.alerts.alerts[alert]?.level == 3)
        refused(.passUp(incident: incident, note: nil, actor: "rz-wu"), .nothingAbove(incident, level: 3))
        _ = state.handle(.resolve(alert: alert, note: "学生已出院，事件办结", actor: "rz-wu"), now: At.at(10, 2, 16))
        refused(.followUp(incident: incident, note: "补充", written: false, actor: "sy-chen"), .incidentClosed(incident))
        refused(.passUp(incident: incident, note: nil, actor: "sy-chen"), .incidentClosed(incident))
    }

    @Test("the reporting keys are validated at their file:line:column and refused on other kinds")
    func configuration() {
        let wrongKind = ConfigFixtures.text(prefix: "[[policies]]\nkind = \"hazard_overdue\"\nrisk = \"major\"\nmandatory_upward = true\nlevels = [{ role = \"responsible\", timeout = \"1h\" }]\nresolve_within = \"1d\"\n\n")
        #expect(ConfigFixtures.diagnostics(wrongKind) == [
            "dutyd.toml:4:20: \"mandatory_upward\" applies only to incident policies, not \"hazard_overdue\"; remove it",
        ])
        let badValues = ConfigFixtures.text(prefix: "[[policies]]\nkind = \"incident\"\nrisk = \"major\"\nmandatory_upward = \"yes\"\nphone_within = \"20 minutes\"\nlevels = [{ role = \"responsible\", timeout = \"1h\" }]\nresolve_within = \"1d\"\n\n")
        let diagnostics = ConfigFixtures.diagnostics(badValues)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.hasPrefix("dutyd.toml:4:20: ") == true)
        #expect(diagnostics.last?.hasPrefix("dutyd.toml:5:16: ") == true)
    }
}

/// A report the test expected to succeed was refused.
struct IncidentTestFailure: Error {
    var result: String
}
