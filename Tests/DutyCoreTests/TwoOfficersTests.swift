import DutyCore
import Foundation
import Testing

@Suite("Two duty officers on one shift (赵磊、孙丽 in one roster cell)")
struct TwoOfficersTests {
    typealias At = SimulationClock

    static func configuration() throws -> Configuration {
        var configuration = try At.exampleConfiguration()
        configuration.duty.spotChecksPerShift = 0
        let text = """
            单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话
            东港区实验小学,2026-05-01,08:00-20:00,陈静、杨帆,"13906332002、139-0633-2101",刘洋,13906332001
            东港区实验小学,2026-05-01,20:00-次日8:00,陈静、杨帆,13906332002,刘洋,13906332001
            """
        configuration.roster = Roster(shifts: try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "wuyi.csv"), configuration: configuration))
        return configuration
    }

    @Test("both officers are reminded, either may check in, and a missed check-in alerts both")
    func bothOfficersOnDuty() throws {
        let configuration = try Self.configuration()
        let day = try #require(configuration.roster["dg-sy/2026-05-01T08:00"])
        #expect(day.dutyOfficers.map(\.id) == ["sy-chen", "sz-yang"])
        #expect(day.dutyOfficers.map(\.phone) == ["13906332002", "13906332101"], "phones in the names' order")
        #expect(configuration.roster["dg-sy/2026-05-01T20:00"]?.dutyOfficers.map(\.phone) == ["13906332002", "13906332101"],
            "one phone is the first officer's; the second keeps the configured one")
        var simulation = DutySimulation(configuration: configuration, start: At.at(4, 30, 12))
        try simulation.run(until: At.at(5, 1, 20, 20), script: [(At.at(5, 1, 8, 5), DutySimulation.checkIn("dg-sy/2026-05-01T08:00", by: "yangfan"))])
        #expect(simulation.timeline == [
            "05-01 07:30 reminded dg-sy/2026-05-01T08:00 陈静,杨帆",
            "05-01 08:05 checked_in dg-sy/2026-05-01T08:00 by yangfan",
            "05-01 19:30 reminded dg-sy/2026-05-01T20:00 陈静,杨帆",
            "05-01 20:15 alert 1 missed_checkin raised L0 陈静,杨帆",
        ])
        var duty = DutyBook(watermark: At.at(5, 1, 7), seed: 1)
        let (shift, _) = try duty.checkIn(
            shiftID: String?.none, unit: "dg-sy", person: "杨帆", actor: "yangfan", now: At.at(5, 1, 8, 1), configuration: configuration)
        #expect(shift.id == "dg-sy/2026-05-01T08:00")
    }

    @Test("a spot check of a two-officer shift asks both and names both; the second officer's confirmation answers it")
    func spotCheckBothOfficers() throws {
        let configuration = try Self.configuration()
        var duty = DutyBook(watermark: At.at(5, 1, 7), seed: 1)
        let (_, check, outcome) = try duty.spotCheck(unit: "dg-sy", actor: "zhaowenbo", now: At.at(5, 1, 10), configuration: configuration)
        #expect(outcome.events.map(\.recipients) == [["sy-chen", "sz-yang"]])
        #expect(check.names(on: try #require(configuration.roster["dg-sy/2026-05-01T08:00"])) == "陈静、杨帆")
        let (_, confirmed) = try duty.checkIn(
            shiftID: String?.none, unit: "dg-sy", person: "杨帆", actor: "yangfan", now: At.at(5, 1, 10, 5), configuration: configuration)
        #expect(confirmed.spotChecks.map(\.id) == [check.id] && confirmed.spotChecks.allSatisfy { $0.state == .confirmed })
        #expect(confirmed.events.contains { $0.action == .spotCheckConfirmed && $0.spotCheck == check.id })
    }

    @Test("a leader cell naming two people is refused at its cell")
    func oneLeader() throws {
        let text = "单位,日期,起止时间,值班人员,带班领导\n东港区实验小学,2026-05-01,08:00-20:00,陈静,刘洋、孙立新\n"
        #expect(throws: RosterProblems.self) { try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "r.csv"), configuration: try At.exampleConfiguration()) }
        do {
            _ = try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "r.csv"), configuration: try At.exampleConfiguration())
        } catch let error as RosterProblems {
            #expect(error.problems.map(\.description) == [
                "r.csv: row 2, column 5 (带班领导): \"刘洋、孙立新\" names 2 people; write one person here (two duty officers are fine in 值班人员)",
            ])
        }
    }
}
