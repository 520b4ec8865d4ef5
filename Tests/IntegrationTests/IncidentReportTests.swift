import DutyProtocol
import Foundation
import Testing

/// `dutyctl report` with its fields, `report follow-up` and `report pass-up` through the real
/// daemon, under a major-incident policy with `mandatory_upward` and `written_within`.
@Suite("Incident reports, follow-ups and pass-ups against the real daemon")
struct IncidentReportTests {
    /// The example configuration, its major-incident policy made to require passing up and a written report.
    static func mandatoryUpward(_ text: String) -> String {
        let marker = "risk = \"major\"                     # 突发事件: report level by level at once\n"
        precondition(text.contains(marker), "the example configuration's major-incident policy moved")
        return text.replacingOccurrences(of: marker, with: marker + "mandatory_upward = true\nwritten_within = \"40m\"\n")
    }

    static func show(_ daemon: DaemonHarness, _ id: Int) throws -> ShowAlertReply {
        try daemon.decode(ShowAlertReply.self, ["show", String(id), "--json"])
    }

    @Test("a structured report, an acknowledgement that does not stop it, a pass-up and a written follow-up to everyone told")
    func reportPassUpFollowUp() throws {
        let daemon = try DaemonHarness(configure: Self.mandatoryUpward)
        let report = try daemon.dutyctl([
            "report", "--unit", "dg-sy", "--summary", "学生溺水", "--severity", "major", "--time", "2026-10-02 13:55", "--place", "河山镇水库",
            "--kind", "溺水", "--casualties", "1人送医", "--actions", "已拨打120", "--reporter", "陈思远", "--contact", "139 0633 2002",
        ])
        #expect(report.status == 0)
        #expect(report.stdout.contains("incident  I1"))

        let shown = try daemon.dutyctl(["show", "1"]).stdout.split(separator: "\n")
        let fields = [
            ("place", "河山镇水库"), ("incident kind", "溺水"), ("casualties", "1人送医"), ("actions taken", "已拨打120"), ("reporter", "陈思远"),
            ("contact number", "13906332002"),
        ]
        for (label, value) in fields {
            #expect(shown.contains { $0.hasPrefix(label + " ") && $0.hasSuffix("  " + value) }, "show lacks \(label) \(value):\n\(shown.joined(separator: "\n"))")
        }
        #expect(shown.contains { $0.hasPrefix("written report due ") })

        #expect(try daemon.dutyctl(["ack", "1", "--note", "已收到"]).status == 0)
        #expect(try Self.show(daemon, 1).alert.state == "triggered")

        let passUp = ["report", "pass-up", "I1", "--note", "已电话报告区局局长", "--idempotency-key", "incident17-pass-up-1"]
        let passed = try daemon.dutyctl(passUp)
        #expect(passed.status == 0)
        #expect(passed.stdout.hasPrefix("incident I1 passed up to level 1\n"))
        #expect(passed.stdout.contains("孙"))
        let repeated = try daemon.dutyctl(passUp)
        #expect(repeated.status == 0 && repeated.stdout == passed.stdout)

        let followed = try daemon.dutyctl(["report", "follow-up", "I1", "--note", "学生已脱离危险", "--written"])
        #expect(followed.status == 0)
        #expect(followed.stdout.hasPrefix("incident I1 followed up\n"))
        let reply = try Self.show(daemon, 1)
        #expect(reply.history.map(\.action) == ["raised", "acknowledged", "passed_up", "followed_up"])
        #expect(reply.history.last?.recipients == ["赵文博", "孙立新"])
        #expect(reply.history.last?.note == "学生已脱离危险")
        #expect(reply.incident?.writtenAt != nil && reply.incident?.writtenDueAt == nil)
        #expect(reply.incident?.details.occurredAt?.hasPrefix("2026-10-02T13:55:00") == true)
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }

    @Test("an unknown incident, a follow-up on a resolved one, a pass-up at the top and a bad contact are refused and change nothing")
    func refusals() throws {
        let daemon = try DaemonHarness(configure: Self.mandatoryUpward)
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟", "--severity", "major"]).status == 0)

        let unknown = try daemon.dutyctl(["report", "follow-up", "I9", "--note", "x"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no incident has id \"I9\""))
        let badContact = try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "停电", "--contact", "1.39064E+10"])
        #expect(badContact.status == 1)
        #expect(badContact.stderr.contains("contact_number"))

        for _ in 1...3 { #expect(try daemon.dutyctl(["report", "pass-up", "I1"]).status == 0) }
        let before = try Self.show(daemon, 1)
        let atTop = try daemon.dutyctl(["report", "pass-up", "I1"])
        #expect(atTop.status == 1)
        #expect(atTop.stderr.contains("incident I1 is already at the top level 3 of its ladder"))
        #expect(try Self.show(daemon, 1) == before)

        #expect(try daemon.dutyctl(["resolve", "1", "--note", "已排除故障，事件办结"]).status == 0)
        let resolved = try Self.show(daemon, 1)
        let late = try daemon.dutyctl(["report", "follow-up", "I1", "--note", "补充情况"])
        #expect(late.status == 1)
        #expect(late.stderr.contains("incident I1 is resolved"))
        let chinese = try daemon.dutyctl(["report", "follow-up", "I1", "--note", "补充情况"], environment: ChineseCLITests.environment("zh_CN.UTF-8"))
        #expect(chinese.stderr.contains("突发事件 I1 已办结"))
        #expect(try Self.show(daemon, 1) == resolved)
        let all = try daemon.dutyctl(["alerts", "--state", "all", "--json"]).stdout
        #expect(try JSONDecoder().decode(AlertsReply.self, from: Data(all.utf8)).alerts.map(\.id) == [1])
    }
}
