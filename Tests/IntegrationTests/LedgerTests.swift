import DutyProtocol
import Foundation
import GRDB
import Testing

@Suite("Hazard ledgers against the real daemon and dutyctl")
struct LedgerTests {
    static let header = "序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况"

    /// The bundled example ledger in the harness's copy of the configuration.
    static func exampleLedger(_ daemon: DaemonHarness) -> URL {
        daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv")
    }

    static func importReply(_ daemon: DaemonHarness, _ file: URL, dryRun: Bool = false) throws -> ImportLedgerReply {
        let result = try daemon.dutyctl(["import", "ledger", file.path, "--json"] + (dryRun ? ["--dry-run"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(ImportLedgerReply.self, from: Data(result.stdout.utf8))
    }

    static func hazards(_ daemon: DaemonHarness) throws -> [String: HazardInfo] {
        let reply = try daemon.decode(HazardsReply.self, ["hazards", "--json"])
        return Dictionary(uniqueKeysWithValues: reply.hazards.map { ($0.id, $0) })
    }

    /// Every row of the hazard and history tables, to show that a refused import changed nothing.
    static func databaseRows(_ daemon: DaemonHarness) throws -> [String] {
        let queue = try DatabaseQueue(path: daemon.stateDatabase.path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM hazard ORDER BY id").map(\.description)
                + Row.fetchAll(db, sql: "SELECT seq, hash FROM history ORDER BY seq").map(\.description)
                + Row.fetchAll(db, sql: "SELECT id, state, level FROM alert ORDER BY id").map(\.description)
        }
    }

    @Test("a hazard imported long overdue is checked at once, and its lateness counts from the import, not from its deadline")
    func overdueImportLateness() throws {
        let daemon = try DaemonHarness(logLevel: "debug")
        let ledger = daemon.directory.appending(path: "overdue.csv")
        try (Self.header + "\n1,东港区第一幼儿园,锅炉房,压力表过期,特种设备,一般,更换压力表,朱丽,2025-03-15,未整改\n").write(to: ledger, atomically: true, encoding: .utf8)
        _ = try Self.importReply(daemon, ledger)
        // The check logs its lateness after it has executed its effects, the alert among them.
        #expect(try eventually(within: 10) { daemon.log().contains("整改逾期") && daemon.log().contains("lateness_ms=") })
        let lateness = daemon.log().split(separator: "\n").compactMap { line in
            line.firstRange(of: "lateness_ms=").flatMap { Double(line[$0.upperBound...].prefix { $0 != " " }) }
        }
        // The deadline is months old; the wake-up timer was armed when the import made it known.
        #expect(!lateness.isEmpty && lateness.allSatisfy { $0 < 60_000 }, "\(lateness)")
    }

    @Test("a dry run predicts exactly what the import does, and a re-import of a changed GB18030 ledger updates exactly the changed hazards")
    func importAndReimport() throws {
        let daemon = try DaemonHarness()
        let ledger = Self.exampleLedger(daemon)
        let predicted = try Self.importReply(daemon, ledger, dryRun: true)
        #expect(try Self.hazards(daemon).isEmpty, "a dry run changes nothing")
        let done = try Self.importReply(daemon, ledger)
        #expect(predicted.dryRun && !done.dryRun)
        #expect(predicted.added == done.added && predicted.changed == done.changed && predicted.unchanged == done.unchanged)
        #expect(done.added == ["dg-yey-1", "dg-yey-2", "dg-sz-3", "ls-ez-4", "ls-hf-5", "rz-yz-6"])
        let before = try Self.hazards(daemon)

        var text = try String(contentsOf: ledger, encoding: .utf8)
        text = text.replacing("更换灭火器并建立月检制度", with: "更换灭火器并每月检查压力").replacing("减速带缺失", with: "减速带和警示牌缺失")
        text += "7,岚山区中心小学,锅炉房,锅炉未年检,特种设备,较大,联系特检院年检,林小红,2026-12-20,未整改\n"
        let changed = daemon.directory.appending(path: "台账-复查.csv")
        try text.write(to: daemon.directory.appending(path: "utf8.csv"), atomically: true, encoding: .utf8)
        let converted = try run(URL(filePath: "/usr/bin/iconv"), ["-f", "UTF-8", "-t", "GB18030", "-o", changed.path, daemon.directory.appending(path: "utf8.csv").path])
        #expect(converted.status == 0, "\(converted.stderr)")

        let dry = try Self.importReply(daemon, changed, dryRun: true)
        #expect(try Self.hazards(daemon) == before)
        let real = try Self.importReply(daemon, changed)
        #expect(dry.added == real.added && dry.changed == real.changed && dry.unchanged == real.unchanged)
        #expect(real.added == ["ls-zx-7"])
        #expect(real.changed.map(\.id) == ["dg-yey-2", "ls-hf-5"])
        #expect(real.changed.first?.fields == ["整改措施: 更换灭火器并建立月检制度 → 更换灭火器并每月检查压力"])
        #expect(real.unchanged == 4)

        let after = try Self.hazards(daemon)
        let differing = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(differing == ["dg-yey-2", "ls-hf-5", "ls-zx-7"])
        let shown = try daemon.decode(ShowHazardReply.self, ["hazard", "show", "ls-hf-5", "--json"])
        #expect(shown.history.map(\.action) == ["imported", "changed"])
        #expect(shown.history.allSatisfy { $0.actor == "root" })
        #expect(daemon.log().contains("[ledger_imported]"))
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }

    @Test("malformed ledgers are refused with their rows and columns, and the state stays exactly as it was")
    func malformedLedgersChangeNothing() throws {
        let daemon = try DaemonHarness()
        _ = try Self.importReply(daemon, Self.exampleLedger(daemon))
        // The four overdue hazards raise their alerts at the next wake-up; wait for them before the snapshot.
        #expect(try eventually { try daemon.decode(AlertsReply.self, ["alerts", "--json"]).alerts.count == 4 })
        let rows = try Self.databaseRows(daemon)
        let listing = try daemon.dutyctl(["hazards", "--json"]).stdout
        let valid = "1,东港区第一幼儿园,门口,杂物,消防,较大,清理,朱丽,2026-12-01,"
        let cases: [(name: String, content: [UInt8], expected: String)] = [
            ("date", Array((Self.header + "\n" + valid.replacing("2026-12-01", with: "2026-02-30") + "\n").utf8), "row 2, column 9 (整改时限): invalid deadline \"2026-02-30\""),
            ("risk", Array((Self.header + "\n" + valid.replacing("较大", with: "特大") + "\n").utf8), "row 2, column 6 (风险等级): unknown risk level \"特大\""),
            ("unit", Array((Self.header + "\n" + valid.replacing("东港区第一幼儿园", with: "东港区第九幼儿园") + "\n").utf8), "row 2, column 2 (学校/单位): no unit named \"东港区第九幼儿园\""),
            ("empty", Array((Self.header + "\n" + valid + "\n" + "2,东港区第一幼儿园,,杂物,消防,一般,清理,朱丽,2026-12-01,\n").utf8), "row 3, column 3 (隐患部位): empty"),
            ("duplicate", Array((Self.header + "\n" + valid + "\n" + valid + "\n").utf8), "row 3, column 1 (序号): hazard dg-yey-1 repeats row 2"),
            ("header", Array("序号,学校/单位,隐患部位,隐患描述,风险等级,整改责任人,整改时限\n1,东港区第一幼儿园,门口,杂物,较大,朱丽,2026-12-01\n".utf8), "row 1: the header lacks the required column \"整改措施\""),
            ("no-id", Array("学校/单位,隐患部位,隐患描述,风险等级,整改措施,整改责任人,整改时限\n东港区第一幼儿园,门口,杂物,较大,清理,朱丽,2026-12-01\n".utf8), "row 1: the header needs \"编号\""),
            ("deadline", Array(try String(contentsOf: Self.exampleLedger(daemon), encoding: .utf8).replacing("黄磊,2026-09-18", with: "黄磊,2026-10-18").utf8), "row 4, column 9 (整改时限): hazard dg-sz-3 has the deadline 2026-09-18 in dutyd, not 2026-10-18"),
            ("quote", Array((Self.header + "\n" + valid.replacing("门口", with: "\"门口") + "\n").utf8), "row 2"),
            ("bytes", Array(Self.header.utf8) + [0x0A, 0x31, 0x2C, 0xFF, 0xFF, 0xFF, 0x0A], "neither UTF-8"),
            ("empty-file", Array((Self.header + "\n").utf8), "row 2: the ledger has a header but no hazards"),
        ]
        for (name, content, expected) in cases {
            let file = daemon.directory.appending(path: "bad-\(name).csv")
            try Data(content).write(to: file)
            for dryRun in [true, false] {
                let result = try daemon.dutyctl(["import", "ledger", file.path] + (dryRun ? ["--dry-run"] : []))
                #expect(result.status == 1, "\(name): \(result.stdout)")
                #expect(result.stderr.hasPrefix("dutyctl: cannot import \(file.path); nothing was changed:\n  \(file.path)"), "\(name): \(result.stderr)")
                #expect(result.stderr.contains(expected), "\(name): \(result.stderr)")
            }
        }
        let missing = try daemon.dutyctl(["import", "ledger", daemon.directory.appending(path: "nowhere.csv").path])
        #expect(missing.status == 1 && missing.stderr.contains("No such file or directory"), "dutyctl opens the file itself: \(missing.stderr)")
        #expect(try Self.databaseRows(daemon) == rows)
        #expect(try daemon.dutyctl(["hazards", "--json"]).stdout == listing)
        #expect(daemon.log().contains("[ledger_rejected]"))
    }

    @Test("lifecycle through dutyctl: self-verification, silent deadline changes and wrong transitions are refused")
    func lifecycle() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon(adminGroup: "users", "socket_mode = \"0666\""))
        _ = try Self.importReply(daemon, Self.exampleLedger(daemon))
        let progress = try daemon.dutyctl(["hazard", "progress", "ls-ez-4", "--note", "已采购应急照明灯"])
        #expect(progress.stdout == "hazard ls-ez-4 is rectifying (整改中), overdue: progress recorded\n")
        #expect(try daemon.dutyctl(["hazard", "rectified", "ls-ez-4"]).status == 0)
        #expect(try Self.hazards(daemon)["ls-ez-4"]?.overdue == false)

        let selfVerify = try daemon.dutyctl(["hazard", "verify", "ls-ez-4"])
        #expect(selfVerify.status == 1)
        #expect(selfVerify.stderr == "dutyctl: hazard ls-ez-4 was reported rectified by root; someone else must verify it\n")
        let nobody = try PermissionTests().asNobody(daemon, group: "nogroup", ["hazard", "verify", "ls-ez-4"])
        #expect(nobody.status == 4, "not in the admin group")
        let verified = try PermissionTests().asNobody(daemon, group: "users", ["hazard", "verify", "ls-ez-4", "--note", "验收合格"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout == "hazard ls-ez-4 verified and closed by nobody\n")
        let closed = try daemon.dutyctl(["hazard", "progress", "ls-ez-4", "--note", "x"])
        #expect(closed.status == 1 && closed.stderr.contains("hazard ls-ez-4 is closed (已销号); it cannot be progress now"))

        let earlier = try daemon.dutyctl(["hazard", "extend", "dg-sz-3", "--until", "2026-09-01", "--reason", "到货延迟", "--approved-by", "李红梅"])
        #expect(earlier.status == 1 && earlier.stderr.contains("must be later than the current one"))
        let unapproved = try daemon.dutyctl(["hazard", "extend", "dg-sz-3", "--until", "2027-01-31", "--reason", "到货延迟"])
        #expect(unapproved.status == 2, "an extension without an approver is a usage error")
        let blank = try daemon.dutyctl(["hazard", "extend", "dg-sz-3", "--until", "2027-01-31", "--reason", " ", "--approved-by", "李红梅"])
        #expect(blank.status == 1 && blank.stderr.contains("the reason for the extension must not be empty"))
        let overdueAlert = try daemon.decode(ShowHazardReply.self, ["hazard", "show", "dg-sz-3", "--json"]).alerts
        #expect(overdueAlert.map(\.state) == ["triggered"])
        let extended = try daemon.dutyctl(["hazard", "extend", "dg-sz-3", "--until", "2027-01-31", "--reason", "双锁柜到货延迟", "--approved-by", "李红梅"])
        #expect(extended.stdout == "hazard dg-sz-3 deadline extended to 2027-01-31T23:59:59+08:00\n")
        let shown = try daemon.decode(ShowHazardReply.self, ["hazard", "show", "dg-sz-3", "--json"])
        #expect(shown.alerts.map(\.state) == ["resolved"], "the extension ends the overdue alert")
        #expect(shown.history.last?.note == "deadline 2026-09-18T23:59:59+08:00 → 2027-01-31T23:59:59+08:00, approved by 李红梅: 双锁柜到货延迟")

        let text = try daemon.dutyctl(["hazard", "show", "ls-ez-4"]).stdout
        #expect(text.contains("status       closed (已销号)"))
        #expect(text.contains("nobody  verified"))
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }

    @Test("export then import round-trips: the same daemon finds nothing to change, a fresh one exports the same ledger")
    func exportRoundTrip() throws {
        let daemon = try DaemonHarness()
        _ = try Self.importReply(daemon, Self.exampleLedger(daemon))
        #expect(try daemon.dutyctl(["hazard", "progress", "ls-hf-5", "--note", "已函告交警, 等待\"施工\""]).status == 0)
        let export = try daemon.dutyctl(["hazards", "--export", "csv"])
        #expect(export.status == 0)
        let file = daemon.directory.appending(path: "export.csv")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        let again = try Self.importReply(daemon, file)
        #expect(again.added.isEmpty && again.changed.isEmpty && again.unchanged == 6)

        let fresh = try DaemonHarness()
        #expect(try Self.importReply(fresh, file).added.count == 6)
        #expect(try fresh.dutyctl(["hazards", "--export", "csv"]).stdout == export.stdout)
    }

    @Test("hazards, summary and filters as a bureau reads them")
    func queries() throws {
        let daemon = try DaemonHarness()
        _ = try Self.importReply(daemon, Self.exampleLedger(daemon))
        let table = try daemon.dutyctl(["hazards", "--unit", "rz-dg", "--wide"]).stdout.split(separator: "\n").map(String.init)
        #expect(table.first == "ID        RISK  STATUS  UNIT              LOCATION          DESCRIPTION           RESPONSIBLE  DEADLINE")
        #expect(table.dropFirst().map { String($0.prefix(8)) } == ["dg-sz-3 ", "dg-yey-1", "dg-yey-2"])
        let overdue = try Self.hazards(daemon).values.filter(\.overdue).map(\.id).sorted()
        let listed = try daemon.decode(HazardsReply.self, ["hazards", "--overdue", "--json"])
        #expect(listed.hazards.map(\.id).sorted() == overdue)
        #expect(try daemon.dutyctl(["hazards", "--risk", "major", "--json"]).stdout.contains("\"dg-sz-3\""))
        #expect(try daemon.dutyctl(["hazards", "--unit", "nowhere"]).status == 1)

        let summary = try daemon.decode(SummaryReply.self, ["summary", "rz", "--json"])
        let byUnit = Dictionary(uniqueKeysWithValues: summary.units.map { ($0.unit, $0) })
        #expect(summary.units.first?.unit == "rz" && byUnit["rz"]?.total == 6 && byUnit["rz-dg"]?.total == 3 && byUnit["rz-ls"]?.total == 2)
        #expect(byUnit["rz"].map { [$0.major, $0.high, $0.general, $0.low] } == [1, 2, 2, 1])
        #expect(byUnit["rz"].map { [$0.open, $0.rectifying, $0.rectified, $0.closed] } == [2, 2, 2, 0])
        let text = try daemon.dutyctl(["summary", "rz-dg"]).stdout.split(separator: "\n").map(String.init)
        #expect(text.count == 6)
        #expect(text[2].hasPrefix("东港区教育和体育局      3     1     1     1   0"))
        #expect(text[3].hasPrefix("  东港区实验小学        0"))
    }

    @Test("a reminder is sent once, and imports and lifecycle steps survive kill -9")
    func remindersAndCrashes() throws {
        let daemon = try DaemonHarness()
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let soon = formatter.string(from: Date().addingTimeInterval(2 * 3_600))
        let file = daemon.directory.appending(path: "soon.csv")
        try (Self.header + "\n1,东港区第一幼儿园,二楼走廊,灭火器缺失,消防安全,一般,补配灭火器,朱丽,\(soon),\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.importReply(daemon, file).added == ["dg-yey-1"])
        func history() throws -> [HistoryEntryInfo] {
            try daemon.decode(ShowHazardReply.self, ["hazard", "show", "dg-yey-1", "--json"]).history
        }
        #expect(try eventually { try history().map(\.action) == ["imported", "reminded"] })
        #expect(try history().last?.recipients == ["朱丽"])
        #expect(daemon.log().contains("[hazard_reminder]"))

        daemon.crash()
        try daemon.start()
        #expect(try daemon.dutyctl(["hazard", "rectified", "dg-yey-1"]).status == 0)
        daemon.crash()
        try daemon.start()
        usleep(300_000)
        #expect(try history().map(\.action) == ["imported", "reminded", "rectified"], "nothing lost, the reminder not repeated")
        #expect(try Self.hazards(daemon)["dg-yey-1"]?.status == "rectified")
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
