import DutyProtocol
import Foundation
import Testing

@Suite("dutyctl alert verbs against the real daemon")
struct DutyctlAlertVerbsTests {
    @Test("report, alerts, ack, show, resolve and audit verify, as a duty officer would use them")
    func dutyOfficerSession() throws {
        let daemon = try DaemonHarness()
        let report = try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟", "--severity", "major"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("incident  I1"))
        #expect(report.stdout.contains("level 0   赵文博  0633-8335566  dg-zhao"))

        let listed = try daemon.dutyctl(["alerts", "--json"])
        let alerts = try JSONDecoder().decode(AlertsReply.self, from: Data(listed.stdout.utf8)).alerts
        #expect(alerts.map(\.id) == [1])
        #expect(alerts.first?.state == "triggered" && alerts.first?.topLevel == 3)

        let table = try daemon.dutyctl(["alerts", "--wide"]).stdout.split(separator: "\n").map(String.init)
        #expect(table.first?.hasPrefix("ID  STATE      LEVEL  KIND      RISK   UNIT            SUMMARY") == true)
        #expect(table.dropFirst().first?.hasPrefix(" 1  triggered    0/3  incident  major  东港区实验小学  配电箱冒烟") == true)

        let acknowledged = try daemon.dutyctl(["ack", "1", "--note", "已派电工"])
        #expect(acknowledged.status == 0)
        #expect(acknowledged.stdout.hasPrefix("alert 1 acknowledged by root at "))
        let again = try daemon.dutyctl(["ack", "1"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("alert 1 is already acknowledged by root"))

        let shown = try daemon.dutyctl(["show", "1"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("state         acknowledged"))
        #expect(shown.stdout.contains("root   acknowledged      0              已派电工"))

        #expect(try daemon.dutyctl(["resolve", "1", "--note", "已排除故障"]).status == 0)
        #expect(try daemon.dutyctl(["alerts"]).stdout == "no open alerts\n")
        let audit = try daemon.dutyctl(["audit", "verify"])
        #expect(audit.status == 0)
        #expect(audit.stdout == "history intact: 3 records checked\n")
    }

    @Test("a missing alert or unknown unit fails with exit status 1 and says so")
    func failures() throws {
        let daemon = try DaemonHarness()
        let missing = try daemon.dutyctl(["show", "99"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("99"))
        let unknown = try daemon.dutyctl(["report", "--unit", "nowhere", "--summary", "x"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("nowhere"))
        #expect(try daemon.dutyctl(["ack", "abc"]).status == 2)
    }
}
