import DutyCore
import Foundation
import Testing

/// When an alert ends, everyone it was sent to hears so once, through the same channels.
@Suite("Resolution notices")
struct ResolutionNoticeTests {
    typealias At = SimulationClock

    /// An incident at 东港区实验小学 that climbed to the county before anyone acted, and the pairs it was sent to.
    static func climbedIncident() throws -> (state: DutyState, told: [String]) {
        var state = try DutyStateTests.state()
        var sent = state.handle(.report(unit: "dg-sy", summary: "配电箱冒烟", severity: .major, actor: "root"), now: At.at(5, 1, 9)).effects.notifications
        sent += state.check(now: At.at(5, 1, 11)).notifications
        let told = sent.filter { $0.alertID == 1 && $0.channel != "journal" }.map { "\($0.recipient) \($0.channel)" }
        return (state, told)
    }

    @Test("resolving tells each recipient and channel the alert was sent to, once, naming who resolved it and the note, in Chinese")
    func resolvedBySomeone() throws {
        var (state, told) = try Self.climbedIncident()
        #expect(told.contains("dg-sun sms"), "the county's head was reached by SMS before the resolution")
        #expect(!told.contains("dg-zhao sms"), "the county's duty office has only a landline: no SMS (sms = true)")
        let resolver = ActorIdentity.sms(ActorPerson(id: "dg-li", name: "李红梅"))
        let (effects, result) = state.handle(.resolve(alert: 1, note: "已断电，电工检修完毕", actor: resolver), now: At.at(5, 1, 11, 30))
        guard case .success = result else { Issue.record("expected the resolution, got \(result)"); return }
        let notices = effects.notifications
        #expect(notices.map { "\($0.recipient) \($0.channel)" } == told)
        #expect(Set(notices.map(\.key)).count == notices.count)
        #expect(notices.allSatisfy { $0.alertID == 1 && $0.key.hasPrefix("1/resolved/") })
        let sun = try #require(notices.first { $0.recipient == "dg-sun" })
        #expect(sun.text == "【dutyd·已办结】孙立新：东港区实验小学突发事件（重大）——配电箱冒烟，已由李红梅办结。说明：已断电，电工检修完毕")
        #expect(sun.fields["resolved_by"] == "李红梅 <dg-li> via sms")
        let entry = try #require(effects.journal.first { $0.event == .resolutionNoticed })
        #expect(entry.fields["alert"] == "1" && entry.fields["actor_via"] == "sms")
        #expect(entry.fields["recipients"] == told.joined(separator: ","))
        #expect(state.audience.told(1).isEmpty, "the audience of an ended alert is forgotten")
    }

    @Test("after a restart the audience read back from the outbox gets the same notices; a refused second resolution tells nobody")
    func afterRestart() throws {
        let (before, told) = try Self.climbedIncident()
        let rows = before.audience.told(1).map { (alertID: Int64(1), recipient: $0.recipient, channel: $0.channel) }
        var state = DutyState(
            configuration: before.configuration, alerts: before.alerts, duty: before.duty, hazards: before.hazards, audience: NoticeAudience(rows: rows + rows))
        let resolved = state.handle(.resolve(alert: 1, note: nil, actor: .clerk("root", for: ActorPerson(id: "dg-li", name: "李红梅"))), now: At.at(5, 1, 12)).effects
        #expect(resolved.notifications.map { "\($0.recipient) \($0.channel)" } == told)
        #expect(resolved.notifications.first?.text.hasSuffix("——配电箱冒烟，已由root（代李红梅）办结。") == true)
        let again = state.handle(.resolve(alert: 1, note: nil, actor: "root"), now: At.at(5, 1, 12, 5)).effects
        #expect(again.notifications.isEmpty && again.journal.isEmpty)
    }

    @Test("an alert that reached nobody but the journal ends without notices")
    func nobodyTold() throws {
        var state = try DutyStateTests.state()
        _ = state.handle(.report(unit: "dg-sy", summary: "停电", severity: .low, actor: "root"), now: At.at(5, 1, 9))
        #expect(state.audience.told(1).allSatisfy { $0.channel != "journal" })
        state = DutyState(configuration: state.configuration, alerts: state.alerts, duty: state.duty, hazards: state.hazards)
        let effects = state.handle(.resolve(alert: 1, note: "误报", actor: "root"), now: At.at(5, 1, 9, 5)).effects
        #expect(effects.notifications.isEmpty)
        #expect(!effects.journal.contains { $0.event == .resolutionNoticed })
    }

    @Test("closing a hazard (验收销号) tells those its unverified alert reached, with the hazard's status instead of a note")
    func hazardClosed() throws {
        let (book, _, configuration) = try HazardLifecycleTests.imported()
        var state = DutyState(configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(9, 15, 9), seed: 1), hazards: book)
        _ = state.check(now: At.at(9, 19, 0, 30))
        _ = state.handle(.hazard(id: "dg-sz-3", .rectified(note: nil), actor: "huanglei"), now: At.at(9, 19, 9))
        let raised = state.check(now: At.at(9, 22, 9, 1)).notifications
        #expect(raised.contains { $0.recipient == "dg-li" && $0.channel == "sms" })
        let verifier = ActorIdentity.link(ActorPerson(id: "dg-li", name: "李红梅"))
        let (effects, result) = state.handle(.hazard(id: "dg-sz-3", .verify(note: "验收合格"), actor: verifier), now: At.at(9, 23, 9))
        guard case .success = result else { Issue.record("expected the verification, got \(result)"); return }
        let notice = try #require(effects.notifications.first { $0.recipient == "dg-li" && $0.key.contains("/resolved/") })
        #expect(notice.text.hasSuffix("，已由李红梅办结。隐患dg-sz-3：已销号"), "\(notice.text)")
        #expect(effects.journal.contains { $0.event == .resolutionNoticed })
    }
}
