import DutyProtocol
import Foundation
import Testing

@Suite("A late check-in closes the loop, against the real daemon")
struct LateCheckInTests {
    @Test("checking in after the missed_checkin alert resolves it (late by N minutes), tells those it reached and shows late in roster")
    func lateCheckIn() throws {
        let (daemon, start) = try RosterTests.daemonOnRoster()
        let shift = "ls-zx/\(start.day)T\(start.time)"

        var alert: AlertInfo?
        let raised = try eventually(within: 75) {
            let reply = try daemon.decode(AlertsReply.self, ["alerts", "--kind", "missed_checkin", "--json"])
            alert = reply.alerts.first { $0.subject == "shift:\(shift)" }
            return alert != nil
        }
        #expect(raised)
        let id = try #require(alert?.id)

        let checkIn = try daemon.dutyctl(["checkin", "--unit", "ls-zx", "--person", "林小红"])
        #expect(checkIn.status == 0, "\(checkIn.stderr)")

        let shown = try daemon.decode(ShowAlertReply.self, ["show", String(id), "--json"])
        #expect(shown.alert.state == "resolved")
        let resolution = try #require(shown.history.last)
        #expect(resolution.action == "resolved" && resolution.actor == "root")
        #expect(resolution.note?.hasPrefix("林小红于") == true && resolution.note?.contains("签到，迟到") == true, "\(resolution.note ?? "")")

        let outbox = try daemon.decode(OutboxReply.self, ["outbox", "--state", "all", "--json"])
        let closing = outbox.notifications.filter { $0.alert == id && $0.text.hasPrefix("【dutyd·已办结】") }
        #expect(closing.contains { $0.recipient == "zx-lin" }, "\(outbox.notifications.map(\.text))")

        let roster = try daemon.decode(RosterReply.self, ["roster", "--unit", "ls-zx", "--json"])
        #expect(roster.shifts.first { $0.id == shift }?.status == "late")
        #expect(try daemon.dutyctl(["roster", "--unit", "ls-zx", "--wide"]).stdout.contains(" late "))
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
