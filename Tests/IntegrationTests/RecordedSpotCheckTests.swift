import DutyProtocol
import Foundation
import Testing

@Suite("Spot checks made by hand, against the real daemon")
struct RecordedSpotCheckTests {
    @Test("dutyctl spotcheck records method, number, outcome and note; a call-back confirms; off post at the leader raises at once; bad words change nothing")
    func recordedSpotChecks() throws {
        let (daemon, start) = try RosterTests.daemonOnRoster()

        let refused = try daemon.dutyctl(["spotcheck", "dg-sy", "--outcome", "busy"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("expected one of answered_at_post, no_answer, someone_else, off_post"), "\(refused.stderr)")
        #expect(try daemon.dutyctl(["spotcheck", "dg-sy", "--note", "x"]).stderr.contains("give its outcome too"))

        let recorded = try daemon.dutyctl(["spotcheck", "dg-sy", "--outcome", "someone_else", "--note", "门卫代接"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let lines = recorded.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.first == "spot check 1", "\(recorded.stdout)")
        #expect(lines.contains("recorded phone 13906332002 someone_else 门卫代接"), "\(lines)")
        #expect(recorded.stdout.contains("confirm by"))
        let callback = try daemon.dutyctl(["checkin", "--unit", "dg-sy", "--person", "陈静", "--json"])
        #expect(try JSONDecoder().decode(CheckInReply.self, from: Data(callback.stdout.utf8)).confirmedSpotChecks == [1])

        let leader = try daemon.dutyctl(["spotcheck", "ls-zx", "--leader", "--method", "video", "--outcome", "off_post", "--json"])
        #expect(leader.status == 0, "\(leader.stderr)")
        let reply = try JSONDecoder().decode(SpotCheckReply.self, from: Data(leader.stdout.utf8))
        #expect(reply.spotCheck.id == 2 && reply.spotCheck.state == "missed" && reply.spotCheck.target == "leader_on_duty")
        #expect(reply.spotCheck.method == "video" && reply.spotCheck.outcome == "off_post")
        let alerts = try daemon.decode(AlertsReply.self, ["alerts", "--kind", "absent_at_spot_check", "--json"])
        let absent = alerts.alerts.first { $0.subject == "shift:ls-zx/\(start.day)T\(start.time)" }
        #expect(absent?.recipients.map(\.name) == ["高建华"])
        #expect(absent?.summary == "抽查2：高建华视频抽查：不在岗（脱岗）")
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }

    @Test("dutyctl spotcheck --for records the checker as root for that person; the same --idempotency-key makes it once; a bad --for changes nothing")
    func onBehalfAndIdempotent() throws {
        let (daemon, _) = try RosterTests.daemonOnRoster()

        let unknown = try daemon.dutyctl(["spotcheck", "dg-sy", "--outcome", "answered_at_post", "--for", "无此人"])
        #expect(unknown.status == 1, "\(unknown.stderr)")
        let arguments = ["spotcheck", "dg-sy", "--outcome", "answered_at_post", "--for", "赵文博", "--idempotency-key", "sc-1", "--json"]
        let first = try daemon.dutyctl(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let reply = try JSONDecoder().decode(SpotCheckReply.self, from: Data(first.stdout.utf8))
        #expect(reply.spotCheck.id == 1 && reply.spotCheck.state == "confirmed")
        #expect(reply.spotCheck.requestedBy == "root for 赵文博 <dg-zhao>", "\(reply.spotCheck.requestedBy)")
        let again = try daemon.dutyctl(arguments)
        #expect(try JSONDecoder().decode(SpotCheckReply.self, from: Data(again.stdout.utf8)).spotCheck.id == 1)
        let next = try daemon.dutyctl(["spotcheck", "dg-sy", "--outcome", "answered_at_post", "--json"])
        #expect(try JSONDecoder().decode(SpotCheckReply.self, from: Data(next.stdout.utf8)).spotCheck.id == 2, "\(next.stderr)")
    }
}
