import DutyProtocol
import Foundation
import Testing

@Suite("Duty rosters against the real daemon")
struct RosterTests {
    /// The local wall-clock date and minute of `date` in Asia/Shanghai: (`2026-11-29`, `17:42`).
    static func local(_ date: Date) -> (day: String, time: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return ("\(parts.year!)-\(two(parts.month))-\(two(parts.day))", "\(two(parts.hour)):\(two(parts.minute))")
    }

    /// A roster whose shifts at 东港区实验小学 and 岚山区中心小学 started this minute, with an
    /// overlap planted at 东港区第三中学 tomorrow.
    ///
    /// Late in a minute it waits for the next, so that the 1m check-in grace ends after the daemon starts.
    static func roster() -> (text: String, start: (day: String, time: String)) {
        let second = Calendar(identifier: .gregorian).component(.second, from: Date())
        if second >= 50 { sleep(UInt32(61 - second)) }
        let now = local(Date())
        let end = local(Date().addingTimeInterval(7_200))
        let tomorrow = local(Date().addingTimeInterval(86_400)).day
        let text = """
            单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话
            东港区实验小学,\(now.day),\(now.time)-\(end.time),陈静,13906332002,刘洋,13906332001
            岚山区中心小学,\(now.day),\(now.time)-\(end.time),林小红,13906333002,高建华,13906333001
            东港区第三中学,\(tomorrow),08:00-20:00,黄磊,,杨帆,
            东港区第三中学,\(tomorrow),19:00-08:00,黄磊,,杨帆,

            """
        return (text, now)
    }

    static func configure(rosterPath: String) -> (String) -> String {
        { text in
            text.replacing("rosters = [\"rosters/2026-national-day.csv\"]", with: "rosters = [\"\(rosterPath)\"]")
                .replacing("checkin_grace = \"15m\"", with: "checkin_grace = \"1m\"")
                .replacing("spot_checks_per_shift = 1", with: "spot_checks_per_shift = 0")
        }
    }

    /// A daemon whose roster is `roster()` (starting now), with the start of its shifts.
    static func daemonOnRoster() throws -> (daemon: DaemonHarness, start: (day: String, time: String)) {
        let (text, start) = roster()
        let file = try scratchFile("roster.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (try DaemonHarness(configure: configure(rosterPath: file.path)), start)
    }

    static func scratchFile(_ name: String) throws -> URL {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-roster-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appending(path: name)
    }

    @Test("oncall, roster, checkin and spotcheck work, and a missed check-in is an alert in dutyctl alerts and the log")
    func dutyOfficerSession() throws {
        let (text, start) = Self.roster()
        let file = try Self.scratchFile("roster.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let journald = FileManager.default.fileExists(atPath: "/run/systemd/journal/socket")
        let daemon = try DaemonHarness(logTarget: journald ? "journal" : "console", configure: Self.configure(rosterPath: file.path))
        let shift = "dg-sy/\(start.day)T\(start.time)"

        let onCall = try daemon.dutyctl(["oncall", "dg-sy"])
        #expect(onCall.status == 0, "\(onCall.stderr)")
        #expect(onCall.stdout.contains("东港区实验小学") && onCall.stdout.contains("陈静 13906332002") && onCall.stdout.contains("刘洋 13906332001"))
        let all = try daemon.decode(OnCallReply.self, ["oncall", "--json"])
        #expect(all.shifts.map(\.unit) == ["dg-sy", "ls-zx"])

        let table = try daemon.dutyctl(["roster", "--unit", "rz-dg", "--wide"]).stdout.split(separator: "\n").map(String.init)
        #expect(table.first?.hasPrefix("UNIT            START        END          DUTY OFFICER") == true)
        #expect(table.count == 4)

        let checkIn = try daemon.dutyctl(["checkin", "--unit", "dg-sy", "--person", "陈静"])
        #expect(checkIn.status == 0, "\(checkIn.stderr)")
        #expect(checkIn.stdout.contains("shift         \(shift)"))
        let again = try daemon.dutyctl(["checkin", shift])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already checked in by root"))

        let spot = try daemon.dutyctl(["spotcheck", "dg-sy"])
        #expect(spot.status == 0, "\(spot.stderr)")
        #expect(spot.stdout.hasPrefix("spot check    1"))
        let confirmed = try daemon.dutyctl(["checkin", shift, "--json"])
        #expect(try JSONDecoder().decode(CheckInReply.self, from: Data(confirmed.stdout.utf8)).confirmedSpotChecks == [1])
        #expect(try daemon.dutyctl(["spotcheck", "rz-yz"]).stderr.contains("nobody is on duty at rz-yz"))

        // Nobody checks in at 岚山区中心小学: within the 1m grace a missed check-in is raised.
        let raised = try eventually(within: 75) {
            let reply = try daemon.decode(AlertsReply.self, ["alerts", "--kind", "missed_checkin", "--json"])
            return reply.alerts.contains { $0.subject == "shift:ls-zx/\(start.day)T\(start.time)" && $0.recipients.map(\.name) == ["林小红"] }
        }
        #expect(raised)
        if journald {
            let pid = daemon.process.processIdentifier
            let events = ["alert_raised", "shift_checked_in", "spot_check_requested", "spot_check_confirmed"]
            var entries: [[String: String]] = []
            let logged = eventually(within: 30) {
                let result = try? run(URL(filePath: "/usr/bin/journalctl"), ["-o", "json", "--no-pager", "--merge", "_PID=\(pid)"])
                entries = (result?.stdout ?? "").split(separator: "\n").compactMap {
                    try? JSONDecoder().decode([String: JSONField].self, from: Data($0.utf8)).compactMapValues(\.text)
                }
                return Set(events).isSubset(of: Set(entries.compactMap { $0["DUTYD_EVENT"] }))
            }
            #expect(logged, "\(entries.compactMap { $0["DUTYD_EVENT"] })")
            let missed = entries.first { $0["DUTYD_EVENT"] == "alert_raised" }
            #expect(missed?["DUTYD_KIND"] == "missed_checkin")
            #expect(missed?["DUTYD_ITEM"] == "shift:ls-zx/\(start.day)T\(start.time)")
            #expect(missed?["MESSAGE_ID"] == "49b8ce72c91f4642aae0d06cb34b53e7")
            #expect(entries.first { $0["DUTYD_EVENT"] == "shift_checked_in" }?["MESSAGE_ID"] == "d3b6cb3013a44394a86f786fa97ca844")
        } else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
        }

        let gaps = try daemon.dutyctl(["roster", "--gaps"])
        #expect(gaps.status == 1)
        #expect(gaps.stdout.contains("东港区第三中学  overlap"))
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }

    @Test("the same roster imports identically from UTF-8, UTF-8 with BOM and GB18030; a malformed one changes nothing")
    func encodingsAndRejection() throws {
        let (text, _) = Self.roster()
        let file = try Self.scratchFile("roster.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: Self.configure(rosterPath: file.path))
        let original = try daemon.dutyctl(["roster", "--json"]).stdout
        #expect(original.contains("黄磊"))

        try ("\u{FEFF}" + text).write(to: file, atomically: true, encoding: .utf8)
        #expect(try daemon.dutyctl(["reload"]).status == 0)
        #expect(try daemon.dutyctl(["roster", "--json"]).stdout == original)

        let converted = try run(URL(filePath: "/bin/sh"), ["-c", "iconv -f UTF-8 -t GB18030 '\(file.path)' > '\(file.path).gb' && mv '\(file.path).gb' '\(file.path)'"])
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(String(validating: [UInt8](try Data(contentsOf: file)), as: UTF8.self) == nil)
        #expect(try daemon.dutyctl(["reload"]).status == 0)
        #expect(try daemon.dutyctl(["roster", "--json"]).stdout == original)

        let gaps = try run(Products.dutyd, ["--check-config", "--config", daemon.configFile.path])
        #expect(gaps.status == 0)
        let warnings = gaps.stdout.split(separator: "\n").filter { $0.hasPrefix("warning: roster gap: ") }
        #expect(warnings.count == 1 && warnings[0].hasPrefix("warning: roster gap: 东港区第三中学 (dg-sz): overlap "), "\(warnings)")

        try (text + "东港区实验小学,2026-13-01,08:00-20:00,张三,,刘洋,\n").write(to: file, atomically: true, encoding: .utf8)
        let rejected = try daemon.dutyctl(["reload"])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("row 6, column 2 (日期): invalid date \"2026-13-01\""))
        #expect(rejected.stderr.contains("row 6, column 4 (值班人员): \"张三\" is not a configured person"))
        #expect(try daemon.dutyctl(["roster", "--json"]).stdout == original)
        let check = try run(Products.dutyd, ["--check-config", "--config", daemon.configFile.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("row 6, column 2 (日期)"))
    }

    @Test("a check-in and an open spot check survive kill -9")
    func survivesCrash() throws {
        let (text, start) = Self.roster()
        let file = try Self.scratchFile("roster.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: Self.configure(rosterPath: file.path))
        let shift = "dg-sy/\(start.day)T\(start.time)"
        #expect(try daemon.dutyctl(["checkin", shift]).status == 0)
        #expect(try daemon.dutyctl(["spotcheck", "dg-sy"]).status == 0)
        daemon.crash()
        try daemon.start()
        let onCall = try daemon.decode(OnCallReply.self, ["oncall", "dg-sy", "--json"])
        #expect(onCall.shifts.map(\.status) == ["checked_in"])
        #expect(onCall.shifts.first?.checkedInBy == "root")
        #expect(try daemon.dutyctl(["spotcheck", "dg-sy"]).stderr.contains("spot check 1 of shift \(shift) is still open"))
        let confirmed = try daemon.dutyctl(["checkin", "--unit", "dg-sy", "--json"])
        #expect(try JSONDecoder().decode(CheckInReply.self, from: Data(confirmed.stdout.utf8)).confirmedSpotChecks == [1])
        let audit = try daemon.dutyctl(["audit", "verify"])
        #expect(audit.stdout == "history intact: 3 records checked\n")
    }
}
