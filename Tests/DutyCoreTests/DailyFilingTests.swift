import DutyCore
import Foundation
import Testing

/// Units file a note or a zero report (零报告) for each holiday day before the `[daily_report]` deadline.
@Suite("Daily report filings: notes, zero reports, the deadline, scopes and the [daily_report] section")
struct DailyFilingTests {
    typealias At = SimulationClock

    static func state(deadline: String? = "16:00") throws -> DutyState {
        var configuration = try DailyReportTests.configuration()
        configuration.dailyReport = deadline.map { DailyReportSettings(deadline: TimeOfDay($0)!) }
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(9, 30, 12), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
    }

    @Test("a note and a zero report before the deadline: stored, journalled, recorded as changes, shown on the county's report")
    func filedInTime() throws {
        var state = try Self.state()
        let (effects, result) = state.handle(.fileDaily(unit: "dg-sy", date: nil, note: "值班正常", actor: "liuyang"), now: At.at(10, 2, 15, 30))
        guard case .success(.daily(let filing)) = result else { Issue.record("expected the filing, got \(result)"); return }
        #expect(filing == DailyFiling(unit: "dg-sy", date: LocalDate("2026-10-02")!, note: "值班正常", filedAt: At.at(10, 2, 15, 30), filedBy: "liuyang"))
        #expect(effects.change.dailyFilings == [filing])
        #expect(effects.journal.map(\.event) == [.dailyReportFiled])
        #expect(effects.journal.first?.message == "daily report of 东港区实验小学 for 2026-10-02 filed by liuyang: note: 值班正常")
        #expect(effects.journal.first?.fields["item"] == "daily:dg-sy/2026-10-02")
        _ = state.handle(.fileDaily(unit: "dg-sz", date: LocalDate("2026-10-02")!, note: nil, actor: "rz-duty"), now: At.at(10, 2, 15, 59))
        let county = try DailyReport.assemble(
            unit: "rz-dg", date: LocalDate("2026-10-02")!, state: state, filings: state.daily.all, followUps: [:], now: At.at(10, 2, 16))
        #expect(county.children.map { "\($0.unit.id) \($0.filing.map { $0.note ?? "零报告" } ?? "-")" } == ["dg-sy 值班正常", "dg-sz 零报告", "dg-yey -"])
    }

    @Test("a later filing before the deadline replaces the earlier; the history keeps both as changes")
    func refiled() throws {
        var state = try Self.state()
        _ = state.handle(.fileDaily(unit: "dg-sy", date: nil, note: nil, actor: "liuyang"), now: At.at(10, 2, 9))
        let (effects, _) = state.handle(.fileDaily(unit: "dg-sy", date: nil, note: "学生摔伤已送医", actor: "liuyang"), now: At.at(10, 2, 10))
        #expect(effects.change.dailyFilings.map(\.note) == ["学生摔伤已送医"])
        #expect(state.daily.filing("dg-sy", LocalDate("2026-10-02")!)?.note == "学生摔伤已送医")
    }

    @Test("refused with nothing changed: after the deadline for a unit that filed, an empty note, a day in no holiday period, an unknown unit", arguments: [
        (Command.fileDaily(unit: "dg-sy", date: nil, note: nil, actor: "liuyang"), At.at(10, 2, 16), DailyCommandError.deadlinePassed(unit: "dg-sy", date: LocalDate("2026-10-02")!, deadline: "2026-10-02 16:00")),
        (.fileDaily(unit: "dg-sy", date: LocalDate("2026-10-01")!, note: "补报", actor: "liuyang"), At.at(10, 2, 9), .deadlinePassed(unit: "dg-sy", date: LocalDate("2026-10-01")!, deadline: "2026-10-01 16:00")),
        (.fileDaily(unit: "dg-sy", date: nil, note: "  ", actor: "liuyang"), At.at(10, 2, 9), .emptyNote),
        (.fileDaily(unit: "dg-sy", date: nil, note: nil, actor: "liuyang"), At.at(10, 8, 9), .notInHolidayPeriod(LocalDate("2026-10-08")!)),
        (.fileDaily(unit: "dg-xx", date: nil, note: nil, actor: "liuyang"), At.at(10, 2, 9), .unknownUnit("dg-xx")),
    ])
    func refused(command: Command, now: Date, expected: DailyCommandError) throws {
        var state = try Self.state()
        for day in 1...2 {
            _ = state.handle(.fileDaily(unit: "dg-sy", date: LocalDate(year: 2026, month: 10, day: day)!, note: "值班正常", actor: "liuyang"), now: At.at(10, 1, 9))
        }
        let before = state.daily.all
        let (effects, result) = state.handle(command, now: now)
        guard case .failure(.daily(let error)) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(error == expected)
        #expect(effects.change.isEmpty && effects.journal.isEmpty)
        #expect(state.daily.all == before)
    }

    @Test("without [daily_report] there is no deadline; a scoped admin may file only within its units")
    func noDeadlineAndScope() throws {
        var state = try Self.state(deadline: nil)
        guard case .success = state.handle(.fileDaily(unit: "dg-sy", date: LocalDate("2026-10-01")!, note: nil, actor: "liuyang"), now: At.at(10, 3, 9)).result else {
            Issue.record("a filing without [daily_report] is never late"); return
        }
        #expect(state.permits(.fileDaily(unit: "dg-sy", date: nil, note: nil, actor: "x"), within: ["rz-dg"]))
        #expect(!state.permits(.fileDaily(unit: "ls-zx", date: nil, note: nil, actor: "x"), within: ["rz-dg"]))
    }

    @Test("[daily_report] is read with its defaults; mistakes are reported at their line and column", arguments: [
        ("[daily_report]\ndeadline = \"25:00\"\n", "dutyd.toml:2:12: invalid \"deadline\" \"25:00\": expected a local time such as \"16:00\""),
        ("[daily_report]\ndeadline = 16\n", "dutyd.toml:2:12: \"deadline\" in [daily_report] must be a string, not integer"),
        ("[daily_report]\ndeadlin = \"16:00\"\n", "dutyd.toml:2:1: unknown key \"deadlin\" in [daily_report]; did you mean \"deadline\"?"),
    ])
    func section(prefix: String, expected: String) throws {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix + "\n")) == [expected])
        #expect(try ConfigDecoder.decode(ConfigFixtures.text(), file: "dutyd.toml").dailyReport == nil)
        #expect(try ConfigDecoder.decode(ConfigFixtures.text(prefix: "[daily_report]\n\n"), file: "dutyd.toml").dailyReport == DailyReportSettings())
        let read = try ConfigDecoder.decode(ConfigFixtures.text(prefix: "[daily_report]\ndeadline = \"15:30\"\n\n"), file: "dutyd.toml").dailyReport
        #expect(read == DailyReportSettings(deadline: TimeOfDay(hour: 15, minute: 30)!))
    }
}
