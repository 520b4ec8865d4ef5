import DutyCore
import Foundation
import Testing

@Suite("Roster spreadsheets")
struct RosterCSVTests {
    static let header = "单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话\n"

    static func decode(_ text: String) throws -> [Shift] {
        try RosterCSVDecoder.decode(try CSVParser.parse(text, file: "roster.csv"), configuration: try SimulationClock.exampleConfiguration())
    }

    /// The problems of a roster as printed, or [] when it loads.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try decode(text)
            return []
        } catch let error as RosterProblems {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a roster as bureaus keep it: night shifts end the next morning, names become people, the roster's phone is kept")
    func wellFormedRoster() throws {
        let shifts = try Self.decode(Self.header + """
            东港区实验小学,2026/5/1,08:00-20:00,陈静,13906332002,刘洋,13906332001
            dg-sy,2026-05-01,20:00—08:00,sy-chen,13900000000,,
            """)
        #expect(shifts.map(\.id) == ["dg-sy/2026-05-01T08:00", "dg-sy/2026-05-01T20:00"])
        #expect(shifts[1].end == SimulationClock.at(5, 2, 8))
        #expect(shifts[0].dutyOfficer == DutyPerson(id: "sy-chen", name: "陈静", phone: "13906332002"))
        #expect(shifts[0].leaderOnDuty?.id == "sy-liu")
        #expect(shifts[1].dutyOfficer.phone == "13900000000")
        #expect(shifts[1].leaderOnDuty == nil)
    }

    @Test("班次 names and other header names are understood")
    func shiftNamesAndAliases() throws {
        let shifts = try Self.decode("""
            值班单位,值班日期,班次,值班人,值班电话,值班领导,领导电话
            岚山区中心小学,2026-05-02,夜班,林小红,13906333002,高建华,13906333001
            """)
        #expect(shifts.map(\.id) == ["ls-zx/2026-05-02T20:00"])
        #expect(shifts[0].end == SimulationClock.at(5, 3, 8))
    }

    @Test("malformed rosters are rejected with the row and column of every mistake")
    func malformedRosters() {
        let cases: [(String, [String])] = [
            ("单位,日期,值班人员\n", ["roster.csv: row 1: the header lacks the required column \"带班领导\" (or \"值班领导\", \"leader_on_duty\")"]),
            ("单位,日期,值班人员,带班领导\n", ["roster.csv: row 1: the header needs a \"班次\" or a \"起止时间\" column to say when each shift is"]),
            (Self.header + "东港区实验小学,2026-13-01,08:00-20:00,陈静,,刘洋,\n",
             ["roster.csv: row 2, column 2 (日期): invalid date \"2026-13-01\": expected a date such as 2026-10-01"]),
            (Self.header + "东港区实验小学,2026-05-01,8点到20点,陈静,,刘洋,\n",
             ["roster.csv: row 2, column 3 (起止时间): invalid hours \"8点到20点\": expected a start and an end such as 08:00-20:00"]),
            (Self.header + "东港区实验小学,2026-05-01,08:00-20:00,欧阳修,13900000000,刘洋,\n",
             ["roster.csv: row 2, column 4 (值班人员): \"欧阳修\" is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them"]),
            (Self.header + "东港区小学,2026-05-01,08:00-20:00,陈静,,刘洋,\n",
             ["roster.csv: row 2, column 1 (单位): unknown unit \"东港区小学\": expected a configured unit's name or id"]),
            (Self.header + "东港区实验小学,2026-05-01,08:00-20:00,,,刘洋,\n",
             ["roster.csv: row 2, column 4 (值班人员): the duty officer is missing"]),
            (Self.header + "东港区实验小学,2026-05-01,08:00-20:00,陈静,,刘洋,\n东港区实验小学,2026-05-01,08:00-12:00,陈静,,刘洋,\n",
             ["roster.csv: row 3, column 3 (起止时间): 东港区实验小学 already has a shift starting 2026-05-01 08:00 (row 2)"]),
            ("单位,日期,班次,值班人员,带班领导\n东港区实验小学,2026-05-01,早班,陈静,刘洋\n",
             ["roster.csv: row 2, column 3 (班次): unknown shift \"早班\": expected one of 全天, 夜班, 白班 (more can be named in [duty.shift_names])"]),
            (Self.header + "东港区实验小学,2026-05-01,08:00-20:00,\"陈静,,刘洋,\n",
             ["roster.csv: row 2, column 4 (值班人员): the quoted cell is never closed: a \" opens it and no closing \" follows"]),
            (Self.header + "东港区实验小学,五月一日,08:00-20:00,陈静,,刘洋,\n岚山区中心小学,2026-05-01,08:00-20:00,林小红,,欧阳修,\n", [
                "roster.csv: row 2, column 2 (日期): invalid date \"五月一日\": expected a date such as 2026-10-01",
                "roster.csv: row 3, column 6 (带班领导): \"欧阳修\" is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them",
            ]),
        ]
        #expect(cases.count >= 8)
        for (text, expected) in cases {
            let found = Self.problems(text)
            #expect(found.count == expected.count && zip(found, expected).allSatisfy { $0.hasPrefix($1) || $0 == $1 }, "\(found)")
        }
    }
}
