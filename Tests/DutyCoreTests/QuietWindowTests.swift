import DutyCore
import Foundation
import Testing

/// Quiet windows on the 五一 roster: 东港区实验小学 (dg-sy) has its 08:00 day shifts, 岚山区中心小学
/// (ls-zx) its 24-hour shifts; reminders go out at 07:30 and a missed check-in is raised at 08:15.
@Suite("Quiet windows: reminders held, escalation waiting until the window ends")
struct QuietWindowTests {
    typealias At = SimulationClock

    static func state(_ windows: [QuietWindow]) throws -> DutyState {
        var configuration = try DutySimulationTests.configuration()
        configuration.quietWindows = windows
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(5, 1, 7), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
    }

    static func date(_ text: String) -> LocalDate { LocalDate(text)! }
    static func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

    @Test("a missed check-in that would escalate inside an exam window waits, is journalled, and escalates at the window's end")
    func escalationWaits() throws {
        let exam = QuietWindow(name: "中考", unit: "dg-sy", schedule: .dated(start: Self.date("2026-05-01"), Self.time("08:20"), end: Self.date("2026-05-01"), Self.time("10:00")))
        var state = try Self.state([exam])
        _ = state.check(now: At.at(5, 1, 7, 30))
        let raised = state.check(now: At.at(5, 1, 8, 15))
        #expect(raised.change.events.map(\.action) == [.raised, .raised])
        let dgAlert = try #require(raised.change.alerts.first { $0.unit == "dg-sy" }).id

        // 08:30 both fall due: 岚山 climbs, 东港 waits for the exam to end.
        let due = state.check(now: At.at(5, 1, 8, 30))
        let held = try #require(due.change.events.first { $0.alertID == dgAlert })
        #expect(held.action == .held && held.level == 0 && held.recipients.isEmpty)
        #expect(held.note == "held by the quiet window \"中考\" of dg-sy until 2026-05-01T10:00:00+08:00")
        #expect(due.change.events.first { $0.alertID != dgAlert }?.action == .escalated)
        #expect(due.journal.filter { $0.event == .alertHeld }.count == 1)
        #expect(due.notifications.allSatisfy { $0.alertID != dgAlert })
        #expect(state.alerts.alerts[dgAlert]?.nextDueAt == At.at(5, 1, 10))

        #expect(state.check(now: At.at(5, 1, 9, 59)).change.events.allSatisfy { $0.alertID != dgAlert })
        let ended = state.check(now: At.at(5, 1, 10))
        let climbed = try #require(ended.change.events.first { $0.alertID == dgAlert })
        #expect(climbed.action == .escalated && climbed.level == 1 && climbed.dueAt == At.at(5, 1, 10))
        #expect(!ended.notifications.filter { $0.alertID == dgAlert }.isEmpty)
    }

    @Test("a county's window holds its schools' reminders until it ends, journalled; other units' reminders go at once")
    func remindersHeld() throws {
        let morning = QuietWindow(name: "计划停电", unit: "rz-dg", schedule: .recurring(from: Self.time("07:00"), to: Self.time("07:45"), weekdays: [5]))
        var state = try Self.state([morning])
        let reminders = state.check(now: At.at(5, 1, 7, 30))
        let dg = reminders.notifications.filter { $0.fields["shift"]?.hasPrefix("dg-sy/") == true }
        let ls = reminders.notifications.filter { $0.fields["shift"]?.hasPrefix("ls-zx/") == true }
        #expect(!dg.isEmpty && !ls.isEmpty)
        #expect(dg.allSatisfy { $0.notBefore == At.at(5, 1, 7, 45) })
        #expect(ls.allSatisfy { $0.notBefore == nil })
        let entries = reminders.journal.filter { $0.event == .reminderHeld }
        #expect(entries.map { $0.fields["item"] } == ["shift:dg-sy/2026-05-01T08:00"])
        #expect(entries.first?.fields["until"] == "2026-05-01T07:45:00+08:00" && entries.first?.fields["window"] == "计划停电")

        // Saturday 05-02 is not a weekday of the window: the reminder goes at once.
        _ = state.check(now: At.at(5, 1, 19, 30))
        let saturday = state.check(now: At.at(5, 2, 7, 30))
        #expect(saturday.notifications.allSatisfy { $0.notBefore == nil })
        #expect(saturday.journal.allSatisfy { $0.event != .reminderHeld })
    }

    @Test("an incident never waits for a quiet window")
    func incidentsDoNotWait() throws {
        let allDay = QuietWindow(name: "考试", unit: "dg-sy", schedule: .recurring(from: Self.time("00:00"), to: Self.time("23:59"), weekdays: Set(1...7)))
        var state = try Self.state([allDay])
        let (_, result) = state.handle(.report(unit: "dg-sy", summary: "学生晕倒", severity: .general, actor: "sy-chen"), now: At.at(5, 1, 9))
        guard case .success(.report(_, let alert)) = result else { Issue.record("expected the incident, got \(result)"); return }
        let due = try #require(alert.nextDueAt)
        #expect(state.check(now: due).change.events.filter { $0.alertID == alert.id }.map(\.action) == [.escalated])
    }

    @Test("recurring windows cross midnight and start on their weekdays only")
    func recurring() {
        let clock = WallClock(zoneIdentifier: "Asia/Shanghai")
        let nights = QuietWindow(name: "夜间", unit: "dg-sy", schedule: .recurring(from: Self.time("22:00"), to: Self.time("07:00"), weekdays: [5]))
        #expect(nights.end(containing: At.at(5, 1, 22), clock: clock) == At.at(5, 2, 7))
        #expect(nights.end(containing: At.at(5, 2, 3), clock: clock) == At.at(5, 2, 7))
        #expect(nights.end(containing: At.at(5, 2, 7), clock: clock) == nil)
        #expect(nights.end(containing: At.at(5, 2, 23), clock: clock) == nil)
        #expect(nights.end(containing: At.at(5, 1, 21, 59), clock: clock) == nil)
    }

    @Test("each mistake in [[quiet_windows]] is reported at its file:line:column")
    func configuration() {
        let text = ConfigFixtures.text(prefix: """
            [[quiet_windows]]
            unit = "nowhere"
            name = "中考"
            start = 2026-06-14T08:00:00
            end = 2026-06-14T07:00:00

            [[quiet_windows]]
            unit = "sy"
            name = "午休"
            hours = "12:00-12:00"
            weekdays = ["mon", "funday"]

            [[quiet_windows]]
            unit = "sy"
            name = "停电"
            hours = "09:00-11:00"
            start = 2026-06-14T08:00:00


            """)
        #expect(ConfigFixtures.diagnostics(text) == [
            "dutyd.toml:5:7: \"end\" must be after \"start\" (2026-06-14T08:00)",
            "dutyd.toml:10:9: \"hours\" must be two different times of day such as \"12:00-14:00\" or \"22:00-07:00\", not \"12:00-12:00\"",
            "dutyd.toml:11:20: unknown weekday \"funday\": expected \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"",
            "dutyd.toml:16:1: a quiet window is either dated (start, end) or recurring (hours), not both",
        ])
        let unknown = ConfigFixtures.text(prefix: "[[quiet_windows]]\nunit = \"nowhere\"\nname = \"中考\"\nhours = \"08:00-11:30\"\n\n")
        #expect(ConfigFixtures.diagnostics(unknown) == ["dutyd.toml:2:8: unknown unit \"nowhere\" in [[quiet_windows]]: no [[units]] entry has this id"])
        let valid = ConfigFixtures.text(prefix: "[[quiet_windows]]\nunit = \"dg\"\nname = \"午休\"\nhours = \"12:00-14:00\"\nweekdays = [\"mon\", \"fri\"]\n\n")
        #expect(ConfigFixtures.diagnostics(valid) == [])
    }
}
