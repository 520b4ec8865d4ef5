import DutyCore
import Foundation
import Testing

/// A staffed unit that files no daily report by the `[daily_report]` deadline raises
/// `daily_report_missing`; a late filing (补报) resolves it; every day's reports go up at `send_at`.
@Suite("Daily reports missing at the deadline, late filings and the automatic send")
struct DailyMissingTests {
    typealias At = SimulationClock

    /// 国庆 10-01..10-07 on the example bureau, deadline 16:00, reports sent at 17:00, the books
    /// as a daemon that last checked at `watermark` left them.
    static func state(watermark: Date = At.at(10, 2, 12), sendAt: String? = "17:00", daily: DailyBook = DailyBook(), alerts: AlertBook = AlertBook()) throws -> DutyState {
        var configuration = try DailyReportTests.configuration()
        configuration.dailyReport = DailyReportSettings(deadline: TimeOfDay("16:00")!, sendAt: sendAt.map { TimeOfDay($0)! })
        return DutyState(
            configuration: configuration, alerts: alerts, duty: DutyBook(watermark: watermark, seed: 1),
            hazards: HazardBook(settings: configuration.hazards), daily: daily)
    }

    /// The state as a restarted daemon reads it back: the same books, the watermark at `watermark`.
    static func restarted(_ state: DutyState, watermark: Date) throws -> DutyState {
        let daily = DailyBook(filings: state.daily.all, missed: Array(state.daily.missed.values), sent: Array(state.daily.sent.values))
        return try Self.state(watermark: watermark, daily: daily, alerts: AlertBook(alerts: Array(state.alerts.alerts.values)))
    }

    static func missing(_ effects: Effects) -> [String] {
        effects.change.events.compactMap { event in
            guard event.action == .raised, let alert = effects.change.alerts.first(where: { $0.id == event.alertID }), alert.kind == .dailyReportMissing else { return nil }
            return alert.subject.description
        }
    }

    @Test("at 16:00 each staffed unit that filed nothing raises daily_report_missing once, reaching its duty office; it climbs by its policy")
    func raisedAtTheDeadline() throws {
        var state = try Self.state()
        #expect(DailyBook.units(state.configuration) == ["rz", "rz-dg", "dg-sy", "ls-zx"])
        _ = state.handle(.fileDaily(unit: "dg-sy", date: nil, note: "值班正常", actor: "liuyang"), now: At.at(10, 2, 15))
        _ = state.handle(.fileDaily(unit: "dg-sz", date: nil, note: nil, actor: "rz-duty"), now: At.at(10, 2, 15))
        #expect(state.nextWakeup() == At.at(10, 2, 16))
        #expect(Self.missing(state.check(now: At.at(10, 2, 15, 59))) == [])
        let deadline = state.check(now: At.at(10, 2, 16))
        #expect(Self.missing(deadline) == ["daily:rz/2026-10-02", "daily:rz-dg/2026-10-02", "daily:ls-zx/2026-10-02"])
        #expect(deadline.change.dailyMisses.map(\.unit) == ["rz", "rz-dg", "ls-zx"])
        let school = try #require(deadline.change.alerts.first { $0.unit == "ls-zx" })
        #expect(school.summary == "岚山区中心小学未在10-02 16:00前报送值班日报" && school.level == 0)
        #expect(deadline.change.events.first { $0.alertID == school.id }?.recipients == ["zx-lin"])
        #expect(Self.missing(state.check(now: At.at(10, 2, 16, 1))) == [], "raised once")
        let climbed = state.check(now: At.at(10, 2, 17))
        #expect(climbed.change.events.filter { $0.alertID == school.id }.map(\.action) == [.escalated])
        #expect(state.alerts.alerts[school.id]?.level == 1)
    }

    @Test("a restart and a clock stepped back raise no second alert; a daemon down over the deadline raises it once when it starts")
    func onceAcrossRestartsAndClockSteps() throws {
        var state = try Self.state()
        #expect(Self.missing(state.check(now: At.at(10, 2, 16))).count == 4)
        var restarted = try Self.restarted(state, watermark: At.at(10, 2, 15))
        #expect(Self.missing(restarted.check(now: At.at(10, 2, 16, 30))) == [], "the restarted daemon knows the misses")
        _ = state.check(now: At.at(10, 2, 14))
        #expect(Self.missing(state.check(now: At.at(10, 2, 16, 5))) == [], "the clock stepped back and forward again")

        var late = try Self.state(watermark: At.at(10, 2, 12))
        let started = late.check(now: At.at(10, 2, 20))
        #expect(Self.missing(started).count == 4)
        #expect(started.change.dailySends.map(\.date) == [LocalDate("2026-10-02")!])
        #expect(Self.missing(late.check(now: At.at(10, 2, 20, 1))) == [])
    }

    @Test("a unit that filed nothing files late (补报): shown late, its alert resolved with a note naming when; a unit that filed cannot change its note")
    func lateFiling() throws {
        var state = try Self.state()
        _ = state.handle(.fileDaily(unit: "dg-sy", date: nil, note: "值班正常", actor: "liuyang"), now: At.at(10, 2, 15))
        _ = state.check(now: At.at(10, 2, 16))
        let alert = try #require(state.alerts.openAlert(kind: .dailyReportMissing, subject: DailyBook.subject("ls-zx", LocalDate("2026-10-02")!)))

        let (effects, result) = state.handle(.fileDaily(unit: "ls-zx", date: nil, note: nil, actor: "zx-lin"), now: At.at(10, 2, 18, 20))
        guard case .success(.daily(let filing)) = result else { Issue.record("expected the late filing, got \(result)"); return }
        #expect(filing.late && filing.isZeroReport)
        #expect(effects.change.dailyFilings == [filing])
        #expect(effects.change.events.map(\.action) == [.resolved])
        #expect(effects.change.events.first?.note == "岚山区中心小学已于10-02 18:20补报10-02值班日报")
        #expect(state.alerts.alerts[alert.id]?.state == .resolved)
        let filed = try #require(effects.journal.first { $0.event == .dailyReportFiled })
        #expect(filed.message == "daily report of 岚山区中心小学 for 2026-10-02 filed by zx-lin, after the deadline (补报): zero report (零报告)")
        #expect(filed.fields["late"] == "yes")
        let county = try DailyReport.assemble(unit: "rz-ls", date: LocalDate("2026-10-02")!, state: state, filings: state.daily.all, followUps: [:], now: At.at(10, 2, 19))
        #expect(county.children.first { $0.unit.id == "ls-zx" }?.filing?.late == true)

        for (unit, note) in [("dg-sy", "补充：门卫已换班"), ("ls-zx", "补充")] {
            let (refusal, refused) = state.handle(.fileDaily(unit: unit, date: nil, note: note, actor: "liuyang"), now: At.at(10, 2, 19))
            guard case .failure(.daily(let error)) = refused else { Issue.record("\(unit): expected a refusal, got \(refused)"); continue }
            #expect(error == .deadlinePassed(unit: unit, date: LocalDate("2026-10-02")!, deadline: "2026-10-02 16:00"))
            #expect(refusal.change.isEmpty)
        }
        #expect(state.daily.filing("dg-sy", LocalDate("2026-10-02")!)?.note == "值班正常")
    }

    @Test("at send_at every unit's report goes up as dutyctl daily send sends it, journalled as sent by dutyd, once even across a restart")
    func automaticSend() throws {
        var state = try Self.state()
        let followUps = ["I1": [At.at(10, 2, 9)]]
        #expect(state.check(now: At.at(10, 2, 16, 59)).change.dailySends.isEmpty)
        #expect(state.nextWakeup() == At.at(10, 2, 17))
        #expect(state.dailySendDue(now: At.at(10, 2, 17)) && !state.dailySendDue(now: At.at(10, 2, 16, 59, 30)))
        var byHand = state
        let expected = byHand.handle(.sendDaily(unit: nil, date: LocalDate("2026-10-02")!, followUps: followUps, actor: .daemon), now: At.at(10, 2, 17)).effects

        let sent = state.check(now: At.at(10, 2, 17), followUps: followUps)
        #expect(sent.change.dailySends == [DailySend(date: LocalDate("2026-10-02")!, sentAt: At.at(10, 2, 17))])
        let notices = sent.notifications.filter { $0.key.hasPrefix("daily/") }
        #expect(!notices.isEmpty && notices == expected.notifications)
        let journal = sent.journal.filter { $0.event == .dailyReportSent }
        #expect(journal.map(\.message) == expected.journal.map(\.message))
        #expect(journal.count == state.configuration.tree.units.count - 1)
        #expect(journal.allSatisfy { $0.message.contains("sent to the level above by dutyd") })

        #expect(state.check(now: At.at(10, 2, 17, 30), followUps: followUps).change.dailySends.isEmpty, "sent once")
        var restarted = try Self.restarted(state, watermark: At.at(10, 2, 16, 30))
        #expect(restarted.check(now: At.at(10, 2, 17, 30)).change.dailySends.isEmpty, "a restart does not send it again")
        #expect(restarted.check(now: At.at(10, 3, 17)).change.dailySends.map(\.date) == [LocalDate("2026-10-03")!])
    }

    @Test("without send_at the reports go up at the deadline; without [daily_report] nothing is raised or sent")
    func defaults() throws {
        var atDeadline = try Self.state(sendAt: nil)
        let deadline = atDeadline.check(now: At.at(10, 2, 16))
        #expect(deadline.change.dailySends.map(\.date) == [LocalDate("2026-10-02")!] && Self.missing(deadline).count == 4)

        var none = try Self.state()
        var configuration = none.configuration
        configuration.dailyReport = nil
        _ = none.reconfigure(configuration, now: At.at(10, 2, 12))
        let quiet = none.check(now: At.at(10, 2, 20))
        #expect(quiet.change.dailySends.isEmpty && Self.missing(quiet).isEmpty)
    }

    @Test("send_at is read and checked with file:line:column; [daily_report] needs a daily_report_missing policy", arguments: [
        ("[daily_report]\nsend_at = \"17:60\"\n", "dutyd.toml:2:11: invalid \"send_at\" \"17:60\": expected a local time such as \"16:00\""),
        ("[daily_report]\nsend_at = 17\n", "dutyd.toml:2:11: \"send_at\" in [daily_report] must be a string, not integer"),
    ])
    func section(prefix: String, expected: String) throws {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix + "\n")) == [expected])
        let read = try ConfigDecoder.decode(ConfigFixtures.text(prefix: "[daily_report]\nsend_at = \"17:30\"\n\n"), file: "dutyd.toml").dailyReport
        #expect(read == DailyReportSettings(deadline: TimeOfDay("16:00")!, sendAt: TimeOfDay("17:30")!))
        let withoutPolicy = ConfigFixtures.policies.components(separatedBy: "[[policies]]").filter { !$0.contains("daily_report_missing") }.joined(separator: "[[policies]]")
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: "[daily_report]\n\n", policies: withoutPolicy)).contains {
            $0.hasSuffix("no escalation policy for \"daily_report_missing\" alerts: add a [[policies]] entry with kind = \"daily_report_missing\"")
        })
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(policies: withoutPolicy)) == [])
    }
}
