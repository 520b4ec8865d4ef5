import DutyCore
import DutyPhrases
import Foundation
import Testing

@Suite("Swaps (换班): an approved swap moves the place and everything that follows it; others change nothing")
struct SwapTests {
    typealias At = SimulationClock

    static let day = "dg-sy/2026-05-02T08:00"
    static let night = "dg-sy/2026-05-02T20:00"
    static let chen = ActorIdentity.clerk("root", for: ActorPerson(id: "sy-chen", name: "陈静"))
    static let leader = ActorIdentity.clerk("root", for: ActorPerson(id: "dg-sun", name: "孙立新"))

    /// 陈静 is the officer of both shifts of 05-02 at 东港区实验小学, 孙立新 leads them.
    static func state() throws -> DutyState {
        var configuration = try At.exampleConfiguration()
        configuration.duty.spotChecksPerShift = 0
        let text = """
            单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话
            东港区实验小学,2026-05-02,08:00-20:00,陈静,13906332002,孙立新,13906331001
            东港区实验小学,2026-05-02,20:00-次日8:00,陈静,13906332002,孙立新,13906331001
            """
        configuration.roster = Roster(shifts: try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "wuyi.csv"), configuration: configuration))
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(5, 1, 12), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
    }

    @Test("approved: 刘洋 takes 陈静's day shift; his reminder, his missed check-in alert, the roster; refused: 陈静 keeps the night")
    func approvedAndRefused() throws {
        var state = try Self.state()
        let asked = state.handle(.requestSwap(shift: Self.day, partner: "刘洋", note: "家中有事", anyUnit: false, actor: Self.chen), now: At.at(5, 1, 14))
        guard case .success(.swap(let swap)) = asked.result else { Issue.record("expected a swap, got \(asked.result)"); return }
        #expect(swap.state == .requested && swap.requester == "sy-chen" && swap.partner == "sy-liu")
        #expect(state.configuration.roster[Self.day]?.dutyOfficer.name == "陈静", "a requested swap changes nothing")
        #expect(asked.effects.journal.map(\.event) == [.swapRequested])
        #expect(Set(asked.effects.notifications.map(\.recipient)) == ["sy-liu", "dg-sun"], "the partner and the leader are told")
        #expect(asked.effects.change.swapEvents.map(\.actor) == [Self.chen])

        let own = state.handle(.decideSwap(id: swap.id, approve: true, reason: nil, actor: Self.chen), now: At.at(5, 1, 15))
        #expect(Self.refusal(own.result) == .ownSwap(swap.id, person: "陈静"))
        let stranger = ActorIdentity.clerk("root", for: ActorPerson(id: "sz-yang", name: "杨帆"))
        #expect(Self.refusal(state.handle(.decideSwap(id: swap.id, approve: true, reason: nil, actor: stranger), now: At.at(5, 1, 15)).result)
            == .notTheLeader(swap.id, person: "杨帆", leader: "孙立新"))
        #expect(state.swaps.swaps[swap.id]?.state == .requested, "refused decisions change nothing")

        let approved = state.handle(.decideSwap(id: swap.id, approve: true, reason: "已电话核实", actor: Self.leader), now: At.at(5, 1, 16))
        guard case .success(.swap(let decided)) = approved.result else { Issue.record("expected a swap, got \(approved.result)"); return }
        #expect(decided.state == .approved && decided.decidedBy == Self.leader)
        #expect(approved.effects.journal.map(\.event) == [.swapDecided])
        #expect(Set(approved.effects.notifications.map(\.recipient)) == ["sy-chen", "sy-liu"])
        #expect(approved.effects.notifications.first?.text.contains("换班申请1已批准：东港区实验小学05-02 08:00至05-02 20:00的值班由刘洋代替陈静") == true)
        let swapped = try #require(state.configuration.roster[Self.day])
        #expect(swapped.dutyOfficer.id == "sy-liu" && swapped.dutyOfficer.phone == state.configuration.person("sy-liu")?.phone)
        #expect(state.loadedRoster[Self.day]?.dutyOfficer.id == "sy-chen", "the roster as loaded is kept")

        let request2 = state.handle(.requestSwap(shift: Self.night, partner: "sy-liu", note: nil, anyUnit: false, actor: Self.chen), now: At.at(5, 1, 17))
        guard case .success(.swap(let second)) = request2.result else { Issue.record("expected a swap, got \(request2.result)"); return }
        let refused = state.handle(.decideSwap(id: second.id, approve: false, reason: "夜班需本人值守", actor: Self.leader), now: At.at(5, 1, 18))
        guard case .success(.swap(let no)) = refused.result else { Issue.record("expected a swap, got \(refused.result)"); return }
        #expect(no.state == .refused && no.reason == "夜班需本人值守")
        #expect(state.configuration.roster[Self.night]?.dutyOfficer.id == "sy-chen", "a refused swap changes nothing")
        #expect(Self.refusal(state.handle(.decideSwap(id: second.id, approve: true, reason: nil, actor: Self.leader), now: At.at(5, 1, 18, 30)).result)
            == .alreadyDecided(second.id, state: .refused))

        let reminders = state.check(now: At.at(5, 2, 7, 30))
        #expect(reminders.change.duty.events.map(\.recipients) == [["sy-liu"]], "the reminder goes to 刘洋")
        let missed = state.check(now: At.at(5, 2, 8, 15))
        #expect(missed.change.alerts.map(\.summary) == ["刘洋未在05-02 08:15前签到（05-02 08:00起的班次）"])
        #expect(missed.change.alerts.first?.contacts.responsible == ["sy-liu"])
        let nightReminder = state.check(now: At.at(5, 2, 19, 30))
        #expect(nightReminder.change.duty.events.map(\.recipients) == [["sy-chen"]], "the refused swap's shift keeps 陈静")
    }

    @Test("refusals name what is wrong and change nothing: unknown ids, started shifts, people not on the shift, another unit")
    func refusals() throws {
        var state = try Self.state()
        let now = At.at(5, 1, 14)
        func request(_ shift: String, _ partner: String, actor: ActorIdentity = Self.chen, anyUnit: Bool = false, at: Date = now) -> SwapCommandError? {
            Self.refusal(state.handle(.requestSwap(shift: shift, partner: partner, note: nil, anyUnit: anyUnit, actor: actor), now: at).result)
        }
        #expect(request("dg-sy/2026-05-09T08:00", "刘洋") == .unknownShift("dg-sy/2026-05-09T08:00"))
        #expect(request(Self.day, "刘洋", at: At.at(5, 2, 8)) == .shiftStarted(shift: Self.day, start: "2026-05-02T08:00:00+08:00"))
        #expect(request(Self.day, "刘洋", actor: "root") == .noRequester)
        #expect(request(Self.day, "刘洋", actor: .clerk("root", for: ActorPerson(id: "sz-yang", name: "杨帆"))) == .notInShift(shift: Self.day, person: "杨帆"))
        #expect(request(Self.day, "无此人") == .unknownPerson("无此人"))
        #expect(request(Self.day, "孙立新") == .partnerInShift(shift: Self.day, person: "孙立新"))
        #expect(request(Self.day, "杨帆") == .partnerOfOtherUnit(partner: "杨帆", unit: "东港区第三中学", shiftUnit: "东港区实验小学"))
        #expect(Self.refusal(state.handle(.decideSwap(id: 9, approve: true, reason: nil, actor: Self.leader), now: now).result) == .unknownSwap(9))
        #expect(state.swaps.all.isEmpty)
        #expect(request(Self.day, "杨帆", anyUnit: true) == nil, "an administrator may swap with another unit")
        #expect(SwapCommandError.notInShift(shift: Self.day, person: "杨帆").phrase.chinese == "杨帆 不在班次 \(Self.day) 中，只有该班次的人员才能换班")
    }

    @Test("a reload without the shift cancels its swap, says so and tells both; the approved place goes back to the roster's")
    func reloadCancels() throws {
        var state = try Self.state()
        _ = state.handle(.requestSwap(shift: Self.day, partner: "刘洋", note: nil, anyUnit: false, actor: Self.chen), now: At.at(5, 1, 14))
        _ = state.handle(.decideSwap(id: 1, approve: true, reason: nil, actor: "root"), now: At.at(5, 1, 15))
        #expect(state.configuration.roster[Self.day]?.dutyOfficer.id == "sy-liu")
        var reloaded = state.configuration
        reloaded.roster = Roster(shifts: state.loadedRoster.shifts.filter { $0.id != Self.day })
        let effects = state.reconfigure(reloaded, now: At.at(5, 1, 16))
        #expect(effects.change.swaps.map(\.state) == [.cancelled])
        #expect(effects.journal.map(\.message) == ["swap 1 of shift \(Self.day) (陈静 → 刘洋) cancelled: shift \(Self.day) is no longer in the roster"])
        #expect(Set(effects.notifications.map(\.recipient)) == ["sy-chen", "sy-liu"])
        #expect(state.reconfigure(reloaded, now: At.at(5, 1, 17)).change.isEmpty, "once")
    }

    private static func refusal(_ result: Result<CommandReply, CommandError>) -> SwapCommandError? {
        guard case .failure(.swap(let error)) = result else { return nil }
        return error
    }
}
