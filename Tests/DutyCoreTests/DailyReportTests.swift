import DutyCore
import Foundation
import Testing

/// Three days of 国庆 at 东港区 and 岚山区, driven through `DutyState` with an injected clock, and
/// the daily reports (值班日报) assembled from the books.
@Suite("Daily duty reports: on time, late and missed shifts, spot checks, incidents, hazards and the roll-up")
struct DailyReportTests {
    typealias At = SimulationClock

    /// The example configuration with 国庆 and a roster of a school and its county in 东港区 and a school in 岚山区.
    static func configuration() throws -> Configuration {
        var configuration = try At.exampleConfiguration()
        configuration.duty.spotChecksPerShift = 0
        configuration.calendar = HolidayCalendar(periods: [HolidayPeriod(name: "国庆节", first: LocalDate("2026-10-01")!, last: LocalDate("2026-10-07")!)])
        var rows = ["单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话"]
        for day in 1...3 {
            rows.append("东港区实验小学,2026-10-0\(day),08:00-20:00,陈静,13906332002,刘洋,13906332001")
            rows.append("东港区实验小学,2026-10-0\(day),20:00-08:00,陈静,13906332002,刘洋,13906332001")
            rows.append("东港区教育和体育局,2026-10-0\(day),08:00-08:00,李红梅,13806331202,孙立新,13806331201")
            rows.append("岚山区中心小学,2026-10-0\(day),08:00-08:00,林小红,13906333002,高建华,13906333001")
        }
        let table = try CSVParser.parse(rows.joined(separator: "\n"), file: "guoqing.csv")
        configuration.roster = Roster(shifts: try RosterCSVDecoder.decode(table, configuration: configuration))
        return configuration
    }

    /// 10-01: 陈静 on time by day and 25 minutes late by night, 林小红 never, 李红梅 on time; a spot
    /// check answered at the post; an incident at 东港区实验小学; the autumn ledger imported.
    /// 10-02: one hazard reported rectified. Follow-ups are in the history, given here.
    static func holiday() throws -> (state: DutyState, followUps: [String: [Date]]) {
        let configuration = try configuration()
        var state = DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(9, 30, 12), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
        func run(_ command: Command, _ now: Date) throws {
            _ = state.check(now: now)
            if case .failure(let error) = state.handle(command, now: now).result { throw error }
        }
        try run(.checkIn(shift: "dg-sy/2026-10-01T08:00", unit: nil, person: nil, actor: "chenjing"), At.at(10, 1, 7, 55))
        try run(.checkIn(shift: "rz-dg/2026-10-01T08:00", unit: nil, person: nil, actor: "lihongmei"), At.at(10, 1, 8, 5))
        let ledger = try CSVParser.parse(try LedgerFixtures.exampleText(), file: "2026-autumn-inspection.csv")
        try run(.importLedger(.table(ledger), dryRun: false, allowUnmatched: false, actor: "root"), At.at(10, 1, 9))
        let answered = SpotCheckReport(method: .phone, phone: "13906332002", outcome: .answeredAtPost, note: nil)
        try run(.spotCheck(unit: "dg-sy", target: .dutyOfficer, report: answered, actor: "rz-duty"), At.at(10, 1, 10))
        try run(.report(unit: "dg-sy", summary: "学生在操场摔伤", severity: .general, actor: "liuyang"), At.at(10, 1, 14))
        try run(.checkIn(shift: "dg-sy/2026-10-01T20:00", unit: nil, person: nil, actor: "chenjing"), At.at(10, 1, 20, 25))
        try run(.checkIn(shift: "dg-sy/2026-10-02T08:00", unit: nil, person: nil, actor: "chenjing"), At.at(10, 2, 7, 58))
        let open = try #require(state.hazards.hazards.values.first { $0.unit == "dg-yey" && $0.status == .rectifying })
        try run(.hazard(id: open.id, .rectified(note: "已更换灭火器"), actor: "zhuli"), At.at(10, 2, 10))
        _ = state.check(now: At.at(10, 2, 12))
        return (state, ["I1": [At.at(10, 1, 15), At.at(10, 2, 9)]])
    }

    /// `shifts on-time/late/missed, spot checks confirmed/missed, incidents, follow-ups, hazards found/rectified/overdue of total (rectified)`.
    static func text(_ figures: DailyFigures) -> String {
        "\(figures.shifts) \(figures.onTime)/\(figures.late)/\(figures.missed), \(figures.spotChecks) \(figures.spotChecksConfirmed)/\(figures.spotChecksMissed), "
            + "\(figures.incidents) \(figures.followUps), \(figures.hazardsFound)/\(figures.hazardsRectified)/\(figures.hazardsOverdue) of \(figures.hazardsTotal) (\(figures.hazardsRectifiedTotal))"
    }

    @Test("a school's 10-01: its shifts on time, late and missed, its spot check, its incident and follow-up")
    func schoolDay() throws {
        let (state, followUps) = try Self.holiday()
        let report = try DailyReport.assemble(unit: "dg-sy", date: LocalDate("2026-10-01")!, state: state, filings: [], followUps: followUps, now: At.at(10, 2, 12))
        #expect(report.period == "国庆节")
        #expect(report.shifts.map { "\($0.shift.id) \($0.status.rawValue) \($0.minutesLate.map(String.init) ?? "-")" } == [
            "dg-sy/2026-10-01T08:00 on_time -", "dg-sy/2026-10-01T20:00 late 25",
        ])
        #expect(report.spotChecks.map { "\($0.names) \($0.check.state.rawValue) \($0.check.report?.text ?? "")" } == ["陈静 confirmed 电话抽查 13906332002：本人在岗接听"])
        #expect(report.incidents.map { "\($0.incident.id) \($0.incident.summary) \($0.reportedThatDay) \($0.followUps) \($0.resolved)" } == ["I1 学生在操场摔伤 true 1 false"])
        #expect(Self.text(report.own) == "2 1/1/0, 1 1/0, 1 1, 0/0/0 of 0 (0)")
        #expect(report.children.isEmpty)
        #expect(Self.text(report.totals) == Self.text(report.own))
    }

    @Test("10-02 while it runs: the night shift not yet due is pending, the incident is there for its follow-up only")
    func secondDay() throws {
        let (state, followUps) = try Self.holiday()
        let report = try DailyReport.assemble(unit: "dg-sy", date: LocalDate("2026-10-02")!, state: state, filings: [], followUps: followUps, now: At.at(10, 2, 12))
        #expect(report.shifts.map { "\($0.shift.id) \($0.status.rawValue)" } == ["dg-sy/2026-10-02T08:00 on_time", "dg-sy/2026-10-02T20:00 pending"])
        #expect(report.incidents.map { "\($0.incident.id) \($0.reportedThatDay) \($0.followUps)" } == ["I1 false 1"])
        #expect(Self.text(report.own) == "2 1/0/0, 0 0/0, 0 1, 0/0/0 of 0 (0)")
    }

    @Test("a county's report: its own shift, one summary line per school, totals that are the sum of its lines")
    func countyRollUp() throws {
        let (state, followUps) = try Self.holiday()
        let date = LocalDate("2026-10-01")!
        let county = try DailyReport.assemble(unit: "rz-dg", date: date, state: state, filings: [], followUps: followUps, now: At.at(10, 2, 12))
        #expect(county.shifts.map { "\($0.shift.id) \($0.status.rawValue)" } == ["rz-dg/2026-10-01T08:00 on_time"])
        #expect(county.children.map { "\($0.unit.name): \(Self.text($0.figures))" } == [
            "东港区实验小学: 2 1/1/0, 1 1/0, 1 1, 0/0/0 of 0 (0)",
            "东港区第三中学: 0 0/0/0, 0 0/0, 0 0, 1/0/1 of 1 (0)",
            "东港区第一幼儿园: 0 0/0/0, 0 0/0, 0 0, 2/1/1 of 2 (1)",
        ])
        #expect(Self.text(county.totals) == "3 2/1/0, 1 1/0, 1 1, 3/1/2 of 3 (1)")
        let schools = try ["dg-sy", "dg-sz", "dg-yey"].map { try DailyReport.assemble(unit: $0, date: date, state: state, filings: [], followUps: followUps, now: At.at(10, 2, 12)) }
        #expect(Self.text(schools.reduce(county.own) { $0 + $1.totals }) == Self.text(county.totals))
        #expect(county.totals.rectificationRate == 1.0 / 3.0)

        let city = try DailyReport.assemble(unit: "rz", date: date, state: state, filings: [], followUps: followUps, now: At.at(10, 2, 12))
        #expect(city.children.map { "\($0.unit.id): \(Self.text($0.figures))" } == [
            "rz-dg: 3 2/1/0, 1 1/0, 1 1, 3/1/2 of 3 (1)",
            "rz-ls: 1 0/0/1, 0 0/0, 0 0, 2/0/1 of 2 (0)",
            "rz-yz: 0 0/0/0, 0 0/0, 0 0, 1/1/0 of 1 (1)",
        ])
        #expect(Self.text(city.totals) == "4 2/1/1, 1 1/0, 1 1, 6/2/3 of 6 (2)")
    }

    @Test("the next day's hazard figures: one rectified that day, the rate rises")
    func hazardRectified() throws {
        let (state, followUps) = try Self.holiday()
        let county = try DailyReport.assemble(unit: "rz-dg", date: LocalDate("2026-10-02")!, state: state, filings: [], followUps: followUps, now: At.at(10, 2, 12))
        #expect(county.children.map { "\($0.unit.id): \(Self.text($0.figures))" } == [
            "dg-sy: 2 1/0/0, 0 0/0, 0 1, 0/0/0 of 0 (0)",
            "dg-sz: 0 0/0/0, 0 0/0, 0 0, 0/0/1 of 1 (0)",
            "dg-yey: 0 0/0/0, 0 0/0, 0 0, 0/1/0 of 2 (2)",
        ])
        #expect(county.totals.rectificationRate == 2.0 / 3.0)
    }

    @Test("a note and a zero report filed for the day show on the unit's report and its line in the county's")
    func filings() throws {
        let (state, followUps) = try Self.holiday()
        let date = LocalDate("2026-10-02")!
        let filings = [
            DailyFiling(unit: "dg-sy", date: date, note: "值班正常，已续报摔伤学生情况", filedAt: At.at(10, 2, 15), filedBy: "liuyang"),
            DailyFiling(unit: "dg-sz", date: date, note: nil, filedAt: At.at(10, 2, 15, 30), filedBy: "rz-duty"),
            DailyFiling(unit: "dg-yey", date: LocalDate("2026-10-01")!, note: nil, filedAt: At.at(10, 1, 15), filedBy: "rz-duty"),
        ]
        let county = try DailyReport.assemble(unit: "rz-dg", date: date, state: state, filings: filings, followUps: followUps, now: At.at(10, 2, 16))
        #expect(county.filing == nil)
        #expect(county.children.map { "\($0.unit.id) \($0.filing.map { $0.isZeroReport ? "零报告" : $0.note ?? "" } ?? "未报")" } == [
            "dg-sy 值班正常，已续报摔伤学生情况", "dg-sz 零报告", "dg-yey 未报",
        ])
        let school = try DailyReport.assemble(unit: "dg-sz", date: date, state: state, filings: filings, followUps: followUps, now: At.at(10, 2, 16))
        #expect(school.filing?.isZeroReport == true)
    }

    @Test("a date outside every holiday period and an unknown unit are refused")
    func refusals() throws {
        let (state, _) = try Self.holiday()
        #expect(throws: DailyReportError.notInHolidayPeriod(LocalDate("2026-10-08")!)) {
            try DailyReport.assemble(unit: "rz", date: LocalDate("2026-10-08")!, state: state, filings: [], followUps: [:], now: At.at(10, 8, 12))
        }
        #expect(throws: DailyReportError.unknownUnit("rz-xx")) {
            try DailyReport.assemble(unit: "rz-xx", date: LocalDate("2026-10-01")!, state: state, filings: [], followUps: [:], now: At.at(10, 2, 12))
        }
    }
}
