import DutyCore
import Foundation
import Testing

@Suite("Roster gaps")
struct RosterGapTests {
    typealias At = SimulationClock

    @Test("every planted gap is found, and nothing else")
    func plantedGaps() throws {
        var configuration = try At.exampleConfiguration()
        configuration.calendar = HolidayCalendar(periods: [HolidayPeriod(name: "劳动节", first: LocalDate("2026-05-01")!, last: LocalDate("2026-05-02")!)])
        configuration.duty.staffedUnits = ["dg-sy", "ls-zx"]
        let shifts = try RosterCSVDecoder.decode(try CSVParser.parse("""
            单位,日期,起止时间,值班人员,带班领导
            dg-sy,2026-04-30,20:00-08:00,陈静,刘洋
            dg-sy,2026-05-01,08:00-20:00,陈静,刘洋
            dg-sy,2026-05-01,20:00-08:00,陈静,
            dg-sy,2026-05-02,08:00-18:00,陈静,刘洋
            dg-sy,2026-05-02,20:00-08:00,陈静,刘洋
            ls-zx,2026-05-01,00:00-00:00,林小红,高建华
            ls-zx,2026-05-02,00:00-00:00,林小红,高建华
            ls-zx,2026-05-02,12:00-13:00,林小红,高建华
            dg-sz,2026-05-01,08:00-20:00,黄磊,杨帆
            """, file: "roster.csv"), configuration: configuration)
        let reversed = Shift(
            id: "dg-sz/2026-05-02T08:00", unit: "dg-sz", start: At.at(5, 2, 8), end: At.at(5, 2, 7), dutyOfficer: shifts[0].dutyOfficer,
            leaderOnDuty: nil, file: "roster.toml", row: 1)
        configuration.roster = Roster(shifts: shifts + [reversed])
        let found = RosterGaps.find(in: configuration).map { gap in
            "\(gap.unit) \(gap.kind.rawValue) \(At.label(gap.start))–\(At.label(gap.end)) \(gap.shifts.joined(separator: ","))"
        }
        #expect(found == [
            "dg-sy no_leader_on_duty 05-01 20:00–05-02 08:00 dg-sy/2026-05-01T20:00",
            "dg-sy no_duty_officer 05-02 18:00–05-02 20:00 ",
            "dg-sz back_to_front 05-02 08:00–05-02 07:00 dg-sz/2026-05-02T08:00",
            "ls-zx overlap 05-02 12:00–05-02 13:00 ls-zx/2026-05-02T00:00,ls-zx/2026-05-02T12:00",
        ])
    }
}
