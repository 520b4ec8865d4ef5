import DutyCore
import Foundation
import Testing

/// Every alert SMS carries a reply code; a reply acts as the person, or is answered and changes nothing.
@Suite("SMS reply codes")
struct ReplyCodeTests {
    typealias At = SimulationClock

    /// The incident of `ResolutionNoticeTests` after it climbed to 东港区's head, 孙立新 (mobile 13806331201, on SMS).
    static func climbed() throws -> (state: DutyState, sms: OutboundNotification, sent: [OutboundNotification]) {
        var state = try DutyStateTests.state()
        var sent = state.handle(.report(unit: "dg-sy", summary: "配电箱冒烟", severity: .major, actor: "root"), now: At.at(5, 1, 9)).effects.notifications
        sent += state.check(now: At.at(5, 1, 11)).notifications
        return (state, try #require(sent.first { $0.recipient == "dg-sun" && $0.channel == "sms" }), sent)
    }

    @Test("the SMS to a mobile carries the person's code and fits two 70-character segments; a landline gets no SMS")
    func codeInSMS() throws {
        var (state, sms, sent) = try Self.climbed()
        #expect(!sent.contains { $0.recipient == "dg-zhao" && $0.channel == "sms" }, "赵文博 has only a landline")
        #expect(sms.text.hasSuffix("（回复1确认，回复1已处理即办结）"), "\(sms.text)")
        #expect(sms.fields["reply_code"] == "1" && sms.text.utf16.count <= SMSText.limit)
        #expect(state.replyCodes.code(1, of: "dg-sun")?.alertID == 1)
        let long = String(repeating: "教学楼三层东侧配电箱冒烟并伴有焦糊味", count: 6)
        let (_, reported) = state.handle(.report(unit: "dg-sy", summary: long, severity: .major, actor: "root"), now: At.at(5, 1, 11, 1))
        guard case .success(.report(_, let second)) = reported else { Issue.record("expected the report, got \(reported)"); return }
        let climbed = state.check(now: At.at(5, 1, 11, 20)).notifications.first { $0.recipient == "dg-sun" && $0.channel == "sms" && $0.alertID == second.id }
        let text = try #require(climbed?.text)
        #expect(text.utf16.count <= SMSText.limit, "\(text)")
        #expect(text.hasSuffix("…（回复2确认，回复2已处理即办结）"), "\(text)")
    }

    @Test("a reply with the right code from the registered mobile acknowledges, then resolves, as the person via sms")
    func rightCode() throws {
        var (state, _, _) = try Self.climbed()
        let (acked, ackResult) = state.handle(.reply(from: "+86 138 0633 1201", text: "1"), now: At.at(5, 1, 11, 5))
        guard case .success(.reply(.accepted(let alert, _, let person))) = ackResult else { Issue.record("expected acceptance, got \(ackResult)"); return }
        #expect(person.id == "dg-sun" && alert.state == .acknowledged)
        #expect(alert.acknowledgedBy?.description == "孙立新 <dg-sun> via sms")
        #expect(acked.journal.first?.fields["actor_via"] == "sms")
        let (twice, twiceResult) = state.handle(.reply(from: "13806331201", text: "1确认"), now: At.at(5, 1, 11, 6))
        guard case .success(.reply(.refused(.alreadyAcknowledged(1, alert: 1, by: "孙立新")))) = twiceResult else { Issue.record("got \(twiceResult)"); return }
        #expect(twice.change.isEmpty)

        let (resolved, resolveResult) = state.handle(.reply(from: "13806331201", text: "1 已处理"), now: At.at(5, 1, 11, 20))
        guard case .success(.reply(let outcome)) = resolveResult, case .accepted(let ended, _, _) = outcome else { Issue.record("expected acceptance"); return }
        #expect(ended.state == .resolved && outcome.answer == "【dutyd】告警1已办结，谢谢。")
        #expect(resolved.change.events.first?.actor.description == "孙立新 <dg-sun> via sms")
    }

    @Test("wrong sender, unknown sender, unknown, unreadable and stale codes are answered in Chinese and change nothing")
    func refusals() throws {
        var (state, _, _) = try Self.climbed()
        let cases: [(String, String, ReplyRefusal)] = [
            ("13806331202", "1", .unknownCode(1)),
            ("13900000000", "1", .unknownSender("13900000000")),
            ("0633-8335566", "1", .unknownSender("0633-8335566")),
            ("13806331201", "7", .unknownCode(7)),
            ("13806331201", "好的", .unreadable("好的")),
        ]
        for (phone, text, refusal) in cases {
            let (effects, result) = state.handle(.reply(from: phone, text: text), now: At.at(5, 1, 11, 5))
            guard case .success(.reply(.refused(let got))) = result else { Issue.record("\(phone) \(text): expected a refusal, got \(result)"); continue }
            #expect(got == refusal)
            #expect(effects.change.isEmpty && effects.notifications.isEmpty)
            #expect(effects.journal.map(\.event) == [.replyRefused] && effects.journal.first?.fields["answer"] == refusal.answer)
        }
        #expect(state.alerts.alerts[1]?.state == .triggered)

        _ = state.handle(.resolve(alert: 1, note: nil, actor: "root"), now: At.at(5, 1, 11, 10))
        let (stale, result) = state.handle(.reply(from: "13806331201", text: "1"), now: At.at(5, 1, 11, 15))
        guard case .success(.reply(.refused(.stale(1, alert: 1)))) = result else { Issue.record("expected stale, got \(result)"); return }
        #expect(stale.change.isEmpty)
        #expect(ReplyRefusal.stale(1, alert: 1).answer == "【dutyd】编号1对应的告警1已办结，无需回复。")
    }

    @Test("two people sharing a mobile cannot reply: the reply is ambiguous")
    func sharedMobile() throws {
        let (before, _, _) = try Self.climbed()
        let old = before.configuration
        let twin = Person(id: "dg-sun2", name: "孙立新", phone: "13806331201", unit: "rz-dg", channels: ["sms"], mobile: "13806331201")
        let configuration = Configuration(
            daemon: old.daemon, data: old.data, tree: old.tree, people: old.people + [twin], channels: old.channels, policies: old.policies,
            duty: old.duty, calendar: old.calendar, roster: old.roster, hazards: old.hazards)
        var state = DutyState(configuration: configuration, alerts: before.alerts, duty: before.duty, hazards: before.hazards, replyCodes: before.replyCodes)
        let (effects, result) = state.handle(.reply(from: "13806331201", text: "1"), now: At.at(5, 1, 11, 5))
        guard case .success(.reply(.refused(.ambiguousSender("13806331201", people: ["dg-sun", "dg-sun2"])))) = result else { Issue.record("got \(result)"); return }
        #expect(effects.change.isEmpty)
    }

    @Test("reply texts: a code alone or with 确认 acknowledges, with 已处理 or 办结 resolves, full-width digits allowed")
    func parsing() {
        #expect(SMSReply(parsing: " 3 ") == SMSReply(code: 3, action: .acknowledge))
        #expect(SMSReply(parsing: "3确认") == SMSReply(code: 3, action: .acknowledge))
        #expect(SMSReply(parsing: "１２ 已处理") == SMSReply(code: 12, action: .resolve))
        #expect(SMSReply(parsing: "3办结") == SMSReply(code: 3, action: .resolve))
        #expect(SMSReply(parsing: "确认") == nil && SMSReply(parsing: "3 好") == nil && SMSReply(parsing: "") == nil)
    }
}
