import DutyProtocol
import Foundation
import Testing

@Suite("Real-world spreadsheets through the real dutyd and dutyctl")
struct SpreadsheetImportTests {
    static let header = "序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况"

    @Test("dutyd --check-config reads the ledgers it lists: a status word outside the table fails with row and column, a title row is a notice")
    func checkConfigReadsLedgers() throws {
        let daemon = try DaemonHarness()
        let ledger = daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv")
        let example = try String(contentsOf: ledger, encoding: .utf8)
        try example.replacing("朱丽,2026-09-20,已整改", with: "朱丽,2026-09-20,整改完毕").write(to: ledger, atomically: true, encoding: .utf8)
        let rejected = try run(Products.dutyd, ["--check-config", "--config", daemon.configFile.path])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("2026-autumn-inspection.csv: row 2, column 10 (整改情况): unknown status \"整改完毕\""), "\(rejected.stderr)")
        #expect(!rejected.stdout.contains(": OK"))

        try ("2026年秋季学校安全隐患排查整改台账,,,,,,,,,\n" + example).write(to: ledger, atomically: true, encoding: .utf8)
        let passed = try run(Products.dutyd, ["--check-config", "--config", daemon.configFile.path])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stdout.contains("notice: \(ledger.path): row 2: row 2 is taken as the header; row 1 above it (a title) skipped"), "\(passed.stdout)")
    }

    @Test("an unknown responsible person refuses the import; --allow-unmatched imports it as written with a warning in the reply and the journal")
    func allowUnmatched() throws {
        let daemon = try DaemonHarness()
        let file = daemon.directory.appending(path: "台账.csv")
        try (Self.header + "\n1,岚山区中心小学,锅炉房,锅炉未年检,特种设备,较大,联系特检院年检,周燕（园长）,2026-12-20,未整改\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let refused = try daemon.dutyctl(["import", "ledger", file.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("row 2, column 8 (整改责任人): \"周燕\" is not a configured person"), "\(refused.stderr)")

        let result = try daemon.dutyctl(["import", "ledger", file.path, "--allow-unmatched", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let reply = try JSONDecoder().decode(ImportLedgerReply.self, from: Data(result.stdout.utf8))
        #expect(reply.added == ["ls-zx-1"])
        #expect(reply.notices == ["\(file.path): row 2, column 8 (整改责任人): \"周燕（园长）\": the title （园长） was left out of the name"])
        #expect(reply.warnings.count == 1 && reply.warnings[0].contains("\"周燕\" is not a configured person"), "\(reply.warnings)")
        #expect(reply.warnings[0].contains("imported as written (--allow-unmatched)"))
        #expect(daemon.log().contains("imported as written (--allow-unmatched)"))
        let hazards = try daemon.decode(HazardsReply.self, ["hazards", "--json"])
        #expect(hazards.hazards.map(\.responsible) == ["周燕"])
    }

    @Test("dutyctl summary shows 整改率 per unit, in the table and as rectification_rate in --json")
    func rectificationRate() throws {
        let daemon = try DaemonHarness()
        let ledger = daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv")
        #expect(try daemon.dutyctl(["import", "ledger", ledger.path]).status == 0)
        let json = try daemon.dutyctl(["summary", "rz-dg", "--json"])
        let reply = try JSONDecoder().decode(SummaryReply.self, from: Data(json.stdout.utf8))
        #expect(reply.units.map(\.unit) == ["rz-dg", "dg-sy", "dg-sz", "dg-yey"])
        #expect(reply.units.map(\.rectificationRate) == [1.0 / 3.0, nil, 0, 0.5])
        let table = try daemon.dutyctl(["summary", "rz-dg"]).stdout.split(separator: "\n")
        #expect(table.count == 6 && table[1].hasSuffix("整改率"), "\(table)")
        #expect(table[2].hasSuffix(" 33%") && table[3].hasSuffix(" -") && table[5].hasSuffix(" 50%"), "\(table)")
    }

    @Test("two duty officers in one roster cell are both on the shift: dutyctl shows both and either may check in")
    func twoOfficers() throws {
        let now = RosterTests.local(Date().addingTimeInterval(-60)), end = RosterTests.local(Date().addingTimeInterval(7_200))
        let file = try RosterTests.scratchFile("roster.csv")
        try """
            单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话
            东港区实验小学,\(now.day),\(now.time)-\(end.time),陈静、杨帆,"13906332002,139 0633 2101",刘洋,13906332001

            """.write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: RosterTests.configure(rosterPath: file.path))
        let reply = try daemon.decode(OnCallReply.self, ["oncall", "dg-sy", "--json"])
        #expect(reply.shifts.map(\.dutyOfficer.name) == ["陈静"])
        #expect(reply.shifts.map { $0.otherDutyOfficers.map(\.name) } == [["杨帆"]])
        #expect(reply.shifts.first?.otherDutyOfficers.first?.phone == "13906332101")
        #expect(try daemon.dutyctl(["oncall", "dg-sy", "--wide"]).stdout.contains("陈静 13906332002、杨帆 13906332101"))
        let checkIn = try daemon.dutyctl(["checkin", "--unit", "dg-sy", "--person", "杨帆"])
        #expect(checkIn.status == 0, "\(checkIn.stderr)")
        let refused = try daemon.dutyctl(["checkin", "--unit", "dg-sy", "--person", "刘洋"])
        #expect(refused.status != 0)
    }

    @Test("a roster's notices (a title row, a merged 单位) are printed by --check-config and logged by the daemon when it loads")
    func rosterNotices() throws {
        let file = try RosterTests.scratchFile("值班表.csv")
        try """
            东港区实验小学2026年国庆节值班表,,,,,,
            单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话
            东港区实验小学,2026-10-01,8:00-次日8:00,陈静,13906332002,刘洋,13906332001
            ,2026-10-02,8:00-次日8:00,陈静,13906332002,刘洋,13906332001

            """.write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: RosterTests.configure(rosterPath: file.path))
        let header = "\(file.path): row 2: row 2 is taken as the header; row 1 above it (a title) skipped"
        let merged = "\(file.path): row 4, column 1 (单位): row 4 empty under row 3's \"东港区实验小学\": read as a merged cell, \"东港区实验小学\" carried down"
        #expect(try eventually { daemon.log().contains(header) && daemon.log().contains(merged) }, "\(daemon.log())")
        let check = try run(Products.dutyd, ["--check-config", "--config", daemon.configFile.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("notice: \(header)") && check.stdout.contains("notice: \(merged)"), "\(check.stdout)")
        let roster = try daemon.decode(RosterReply.self, ["roster", "--unit", "dg-sy", "--json"])
        #expect(roster.shifts.map(\.id) == ["dg-sy/2026-10-01T08:00", "dg-sy/2026-10-02T08:00"])
    }
}
