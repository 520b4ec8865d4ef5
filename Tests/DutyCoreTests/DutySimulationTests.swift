import DutyCore
import Foundation
import Testing

@Suite("Duty over a whole 五一 holiday")
struct DutySimulationTests {
    typealias At = SimulationClock

    /// 五一 2026 (05-01 to 05-05): 东港区实验小学 keeps day and night shifts, 岚山区中心小学 24-hour shifts.
    static func configuration(spotChecksPerShift: Int = 0) throws -> Configuration {
        var configuration = try At.exampleConfiguration()
        configuration.duty.spotChecksPerShift = spotChecksPerShift
        configuration.duty.spotCheckSeed = 2026
        var rows = ["单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话"]
        for day in 1...5 {
            rows.append("东港区实验小学,2026-05-0\(day),08:00-20:00,陈静,13906332002,刘洋,13906332001")
            rows.append("东港区实验小学,2026-05-0\(day),20:00-08:00,陈静,13906332002,刘洋,13906332001")
            rows.append("岚山区中心小学,2026-05-0\(day),08:00-08:00,林小红,13906333002,高建华,13906333001")
        }
        let table = try CSVParser.parse(rows.joined(separator: "\n"), file: "wuyi.csv")
        configuration.roster = Roster(shifts: try RosterCSVDecoder.decode(table, configuration: configuration))
        return configuration
    }

    @Test("reminders, check-ins, missed check-ins, spot checks and escalations, one by one")
    func fiveDayHoliday() throws {
        let configuration = try Self.configuration()
        var script: [(Date, DutySimulation.Action)] = []
        for shift in configuration.roster.shifts {
            let id = shift.id
            // Missed: the 05-02 day shift at 东港区实验小学; late: 岚山区中心小学 on 05-03.
            if id == "dg-sy/2026-05-02T08:00" { continue }
            let late = id == "ls-zx/2026-05-03T08:00"
            script.append((shift.start + (late ? .seconds(1_200) : .seconds(300)), DutySimulation.checkIn(id, by: late ? "linxiaohong" : "duty")))
        }
        script += [
            (At.at(5, 2, 8, 40), DutySimulation.acknowledge(1, by: "liuyang")),
            (At.at(5, 2, 9, 0), DutySimulation.resolve(1, by: "liuyang")),
            // 05-04: two phone spot checks at 东港区实验小学: one answered, one not (脱岗).
            (At.at(5, 4, 10, 0), DutySimulation.spotCheck("dg-sy", by: "zhaowenbo")),
            (At.at(5, 4, 10, 4), DutySimulation.checkIn("dg-sy/2026-05-04T08:00", by: "chenjing")),
            (At.at(5, 4, 22, 0), DutySimulation.spotCheck("dg-sy", by: "zhaowenbo")),
            (At.at(5, 4, 22, 50), DutySimulation.acknowledge(3, by: "liuyang")),
            (At.at(5, 4, 23, 0), DutySimulation.resolve(3, by: "liuyang")),
        ]
        var simulation = DutySimulation(configuration: configuration, start: At.at(4, 30, 12))
        try simulation.run(until: At.at(5, 6, 8), script: script)
        // Reminders 30m before each shift; check-ins 5m after the start unless scripted otherwise.
        #expect(simulation.timeline == [
            "05-01 07:30 reminded dg-sy/2026-05-01T08:00 陈静",
            "05-01 07:30 reminded ls-zx/2026-05-01T08:00 林小红",
            "05-01 08:05 checked_in dg-sy/2026-05-01T08:00 by duty",
            "05-01 08:05 checked_in ls-zx/2026-05-01T08:00 by duty",
            "05-01 19:30 reminded dg-sy/2026-05-01T20:00 陈静",
            "05-01 20:05 checked_in dg-sy/2026-05-01T20:00 by duty",
            "05-02 07:30 reminded dg-sy/2026-05-02T08:00 陈静",
            "05-02 07:30 reminded ls-zx/2026-05-02T08:00 林小红",
            "05-02 08:05 checked_in ls-zx/2026-05-02T08:00 by duty",
            "05-02 08:15 alert 1 missed_checkin raised L0 陈静",
            "05-02 08:30 alert 1 missed_checkin escalated L1 刘洋",
            "05-02 08:40 alert 1 missed_checkin acknowledged L1 by liuyang",
            "05-02 09:00 alert 1 missed_checkin resolved L1 by liuyang",
            "05-02 19:30 reminded dg-sy/2026-05-02T20:00 陈静",
            "05-02 20:05 checked_in dg-sy/2026-05-02T20:00 by duty",
            "05-03 07:30 reminded dg-sy/2026-05-03T08:00 陈静",
            "05-03 07:30 reminded ls-zx/2026-05-03T08:00 林小红",
            "05-03 08:05 checked_in dg-sy/2026-05-03T08:00 by duty",
            "05-03 08:15 alert 2 missed_checkin raised L0 林小红",
            "05-03 08:20 checked_in ls-zx/2026-05-03T08:00 by linxiaohong",
            // The late check-in ends its alert and tells those it reached.
            "05-03 08:20 alert 2 missed_checkin resolved L0 by linxiaohong (林小红于05-03 08:20签到，迟到20分钟) told 林小红",
            "05-03 19:30 reminded dg-sy/2026-05-03T20:00 陈静",
            "05-03 20:05 checked_in dg-sy/2026-05-03T20:00 by duty",
            "05-04 07:30 reminded dg-sy/2026-05-04T08:00 陈静",
            "05-04 07:30 reminded ls-zx/2026-05-04T08:00 林小红",
            "05-04 08:05 checked_in dg-sy/2026-05-04T08:00 by duty",
            "05-04 08:05 checked_in ls-zx/2026-05-04T08:00 by duty",
            "05-04 10:00 spot_check_requested #1 dg-sy/2026-05-04T08:00 陈静",
            "05-04 10:04 spot_check_confirmed #1 dg-sy/2026-05-04T08:00 by chenjing",
            "05-04 19:30 reminded dg-sy/2026-05-04T20:00 陈静",
            "05-04 20:05 checked_in dg-sy/2026-05-04T20:00 by duty",
            "05-04 22:00 spot_check_requested #2 dg-sy/2026-05-04T20:00 陈静",
            "05-04 22:10 alert 3 absent_at_spot_check raised L0 陈静",
            "05-04 22:20 alert 3 absent_at_spot_check escalated L1 刘洋",
            "05-04 22:40 alert 3 absent_at_spot_check escalated L2 刘洋",
            "05-04 22:50 alert 3 absent_at_spot_check acknowledged L2 by liuyang",
            "05-04 23:00 alert 3 absent_at_spot_check resolved L2 by liuyang",
            "05-05 07:30 reminded dg-sy/2026-05-05T08:00 陈静",
            "05-05 07:30 reminded ls-zx/2026-05-05T08:00 林小红",
            "05-05 08:05 checked_in dg-sy/2026-05-05T08:00 by duty",
            "05-05 08:05 checked_in ls-zx/2026-05-05T08:00 by duty",
            "05-05 19:30 reminded dg-sy/2026-05-05T20:00 陈静",
            "05-05 20:05 checked_in dg-sy/2026-05-05T20:00 by duty",
        ])
        #expect(simulation.alerts.openCount == 0)
    }

    @Test("seeded random spot checks fall inside their shifts, are the same for the same seed, and an unanswered one raises 脱岗")
    func randomSpotChecks() throws {
        let configuration = try Self.configuration(spotChecksPerShift: 2)
        let shift = try #require(configuration.roster["dg-sy/2026-05-01T08:00"])
        let times = SpotCheckSchedule.times(for: shift, count: 2, seed: 2026, settings: configuration.duty)
        #expect(times == SpotCheckSchedule.times(for: shift, count: 2, seed: 2026, settings: configuration.duty))
        #expect(times.count == 2 && times.allSatisfy { $0 >= At.at(5, 1, 8, 15) && $0 < At.at(5, 1, 19, 50) })
        var simulation = DutySimulation(configuration: configuration, start: At.at(5, 1, 7))
        try simulation.run(until: At.at(5, 1, 20), script: [
            (At.at(5, 1, 8, 1), DutySimulation.checkIn(shift.id, by: "chenjing")),
            (times[0] + .seconds(60), DutySimulation.checkIn(shift.id, by: "chenjing")),
        ])
        // Alert 1 is 岚山区中心小学's missed check-in, which nobody makes in this script.
        let spot = simulation.timeline.filter { $0.contains("spot_check") || $0.contains("absent") }
        #expect(spot.count >= 4, "\(spot)")
        #expect(spot[0] == "\(At.label(times[0])) spot_check_requested #1 dg-sy/2026-05-01T08:00 陈静")
        #expect(spot[1] == "\(At.label(times[0] + .seconds(60))) spot_check_confirmed #1 dg-sy/2026-05-01T08:00 by chenjing")
        #expect(spot[2] == "\(At.label(times[1])) spot_check_requested #2 dg-sy/2026-05-01T08:00 陈静")
        #expect(spot[3] == "\(At.label(times[1] + .seconds(600))) alert 2 absent_at_spot_check raised L0 陈静")
    }

    @Test("a book rebuilt from its records after an outage repeats nothing and handles what fell due once; shifts before it started are never judged")
    func restartAndOutage() throws {
        let configuration = try Self.configuration()
        var alerts = AlertBook()
        var duty = DutyBook(watermark: At.at(5, 1, 7, 45), seed: 1)
        // Started at 07:45: the 07:30 reminders of 05-01 fell before dutyd watched, and are not sent.
        #expect(duty.check(now: At.at(5, 1, 7, 50), configuration: configuration, alerts: &alerts).events.isEmpty)
        _ = try duty.checkIn(shiftID: "ls-zx/2026-05-01T08:00", unit: nil, person: nil, actor: "lin", now: At.at(5, 1, 7, 55), configuration: configuration)
        // Down from 07:55 to 09:00, then rebuilt from what the state database holds.
        var restarted = DutyBook(records: Array(duty.records.values), spotChecks: [], watermark: duty.watermark, seed: duty.seed)
        let outcome = restarted.check(now: At.at(5, 1, 9), configuration: configuration, alerts: &alerts)
        #expect(outcome.events.isEmpty)
        #expect(outcome.alertEvents.map(\.action) == [.raised])
        #expect(alerts.alerts[1]?.subject == AlertSubject(.shift, "dg-sy/2026-05-01T08:00"))
        #expect(restarted.check(now: At.at(5, 1, 9, 1), configuration: configuration, alerts: &alerts).isEmpty)
        #expect(restarted.nextDue(configuration: configuration) == At.at(5, 1, 19, 30))
    }

    @Test("check-in is refused outside its shift, for someone else, twice, or at a unit with nobody on duty; nothing changes")
    func refusedCommands() throws {
        let configuration = try Self.configuration()
        var duty = DutyBook(watermark: At.at(5, 1, 0), seed: 1)
        let shift = "dg-sy/2026-05-01T08:00"
        #expect(throws: DutyCommandError.self) {
            try duty.checkIn(shiftID: shift, unit: nil, person: nil, actor: "x", now: At.at(5, 1, 7), configuration: configuration)
        }
        #expect(throws: DutyCommandError.notTheDutyOfficer(shift: shift, person: "林小红", officer: "陈静")) {
            try duty.checkIn(shiftID: shift, unit: nil, person: "林小红", actor: "x", now: At.at(5, 1, 8), configuration: configuration)
        }
        #expect(throws: DutyCommandError.unknownShift("dg-sy/2026-05-01T09:00")) {
            try duty.checkIn(shiftID: "dg-sy/2026-05-01T09:00", unit: nil, person: nil, actor: "x", now: At.at(5, 1, 8), configuration: configuration)
        }
        #expect(throws: DutyCommandError.nobodyOnDuty("rz-yz")) {
            try duty.spotCheck(unit: "rz-yz", actor: "x", now: At.at(5, 1, 8), configuration: configuration)
        }
        #expect(duty.records.isEmpty && duty.spotChecks.isEmpty)
        _ = try duty.checkIn(shiftID: nil, unit: "dg-sy", person: "sy-chen", actor: "chen", now: At.at(5, 1, 8), configuration: configuration)
        #expect(throws: DutyCommandError.self) {
            try duty.checkIn(shiftID: nil, unit: "dg-sy", person: nil, actor: "chen", now: At.at(5, 1, 8, 1), configuration: configuration)
        }
        _ = try duty.spotCheck(unit: "dg-sy", actor: "zhao", now: At.at(5, 1, 9), configuration: configuration)
        #expect(throws: DutyCommandError.spotCheckOpen(shift: shift, id: 1)) {
            try duty.spotCheck(unit: "dg-sy", actor: "zhao", now: At.at(5, 1, 9, 1), configuration: configuration)
        }
    }
}
