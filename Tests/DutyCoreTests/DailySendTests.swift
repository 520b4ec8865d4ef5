import DutyCore
import Foundation
import Testing

/// Each unit's daily report goes to the level above as a short Chinese notice.
@Suite("Sending daily reports to the level above")
struct DailySendTests {
    typealias At = SimulationClock

    @Test("a school's report goes to its county's duty office through each channel, the totals in one short text")
    func oneUnit() throws {
        var (state, followUps) = try DailyReportTests.holiday()
        let (effects, result) = state.handle(
            .sendDaily(unit: "dg-sy", date: LocalDate("2026-10-01")!, followUps: followUps, actor: "rz-duty"), now: At.at(10, 2, 12))
        guard case .success(.dailySent(let reports, let notices)) = result else { Issue.record("expected the reports, got \(result)"); return }
        #expect(reports.map(\.unit.id) == ["dg-sy"])
        #expect(notices == effects.notifications.count)
        #expect(Set(effects.notifications.map(\.recipient)) == ["dg-zhao"])
        #expect(effects.notifications.first?.channel == "journal")
        #expect(effects.notifications.first?.text
            == "【dutyd·值班日报】东港区实验小学 10-01（国庆节）：班次2（按时1，迟到1，未签到0），抽查1（未到岗0），事件1，续报1，隐患新增0、整改0、逾期0，整改率无；未报送备注")
        #expect(effects.notifications.allSatisfy { $0.key.hasPrefix("daily/dg-sy/2026-10-01/") && $0.alertID == 0 })
        #expect(effects.journal.map(\.event) == [.dailyReportSent])
        #expect(effects.journal.first?.message == "daily report of 东港区实验小学 for 2026-10-01 sent to the level above by rz-duty: \(notices) notices")
    }

    @Test("every unit's report goes to the unit above it; SMS texts are fitted to two segments")
    func everyUnit() throws {
        var (state, followUps) = try DailyReportTests.holiday()
        // Every duty office of the example has a landline, never texted: here 东港区's is 李红梅's mobile.
        var configuration = state.configuration
        configuration.tree = OrgTree(units: configuration.tree.units.map { unit in
            var unit = unit
            if unit.id == "rz-dg" { unit.contacts[.dutyOffice] = ["dg-li"] }
            return unit
        })
        _ = state.reconfigure(configuration, now: At.at(10, 2, 11))
        let note = String(repeating: "值班正常，", count: 30)
        _ = state.handle(.fileDaily(unit: "dg-sy", date: LocalDate("2026-10-02")!, note: note, actor: "liuyang"), now: At.at(10, 2, 11))
        let (effects, result) = state.handle(.sendDaily(unit: nil, date: nil, followUps: followUps, actor: "root"), now: At.at(10, 2, 17))
        guard case .success(.dailySent(let reports, _)) = result else { Issue.record("expected the reports, got \(result)"); return }
        #expect(reports.count == state.configuration.tree.units.count - 1)
        #expect(reports.allSatisfy { $0.date == LocalDate("2026-10-02")! })
        let county = effects.notifications.filter { $0.key.hasPrefix("daily/rz-dg/") }
        #expect(Set(county.map(\.recipient)) == Set(state.configuration.tree["rz"]!.contacts[.dutyOffice]!))
        // 郑海涛's phone is the city's duty landline: never an SMS.
        #expect(county.map(\.channel) == ["journal"])
        let sms = ReplyCodePlanner(configuration: state.configuration)
        let school = effects.notifications.filter { $0.key.hasPrefix("daily/dg-sy/") && sms.isSMS($0) }
        #expect(school.map(\.recipient) == ["dg-li"])
        #expect(school.allSatisfy { $0.text.count <= SMSText.limit && $0.text.hasPrefix("【dutyd·值班日报】东港区实验小学 10-02") })
        #expect(effects.notifications.filter(sms.isSMS).allSatisfy { $0.text.count <= SMSText.limit })
    }

    @Test("refused with nothing sent: a day in no holiday period, an unknown unit; a scoped admin sends only within its units")
    func refused() throws {
        var (state, followUps) = try DailyReportTests.holiday()
        for (command, expected) in [
            (Command.sendDaily(unit: nil, date: LocalDate("2026-10-08")!, followUps: followUps, actor: "root"), DailyCommandError.notInHolidayPeriod(LocalDate("2026-10-08")!)),
            (.sendDaily(unit: "dg-xx", date: nil, followUps: followUps, actor: "root"), .unknownUnit("dg-xx")),
        ] {
            let (effects, result) = state.handle(command, now: At.at(10, 2, 17))
            guard case .failure(.daily(let error)) = result else { Issue.record("expected a refusal, got \(result)"); continue }
            #expect(error == expected)
            #expect(effects.notifications.isEmpty && effects.journal.isEmpty)
        }
        #expect(state.permits(.sendDaily(unit: "dg-sy", date: nil, followUps: [:], actor: "x"), within: ["rz-dg"]))
        #expect(!state.permits(.sendDaily(unit: nil, date: nil, followUps: [:], actor: "x"), within: ["rz-dg"]))
    }
}
