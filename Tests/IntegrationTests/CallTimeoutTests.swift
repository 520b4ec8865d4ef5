import DutyProtocol
import Foundation
import Glibc
import Testing

@Suite("dutyctl against a stopped daemon: timeouts, deadlines and idempotency keys")
struct CallTimeoutTests {
    /// The key and the command line `dutyctl` printed when it gave up on a change.
    static func retryCommand(in stderr: String) -> [String]? {
        guard let line = stderr.split(separator: "\n").first(where: { $0.hasPrefix("  dutyctl ") }) else { return nil }
        return line.split(separator: " ").dropFirst().map(String.init)
    }

    @Test("SIGSTOPped dutyd: status, report and ack give up after --timeout with exit status 5; the late ack is refused; its key asks again once")
    func stoppedDaemon() throws {
        let daemon = try DaemonHarness()
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "教学楼停电"]).status == 0)
        daemon.send(SIGSTOP)
        var continued = false
        defer { if !continued { daemon.send(SIGCONT) } }

        // A generous bound: without a timeout these calls waited forever (the default is 30 s).
        for arguments in [["status", "--timeout", "1s"], ["report", "--unit", "dg-sy", "--summary", "食堂停水", "--timeout", "1s"]] {
            let started = Date()
            let result = try daemon.dutyctl(arguments)
            #expect(Date().timeIntervalSince(started) < 10)
            #expect(result.status == 5)
            #expect(result.stderr.contains("did not answer within 1 s"), "\(result.stderr)")
        }
        let chinese = try daemon.dutyctl(["status", "--timeout", "500ms"], environment: ["LANG": "zh_CN.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(chinese.status == 5)
        #expect(chinese.stderr.contains("在 500 ms 内未应答"), "\(chinese.stderr)")

        let ack = try daemon.dutyctl(["ack", "1", "--note", "已派人", "--timeout", "1s"])
        #expect(ack.status == 5)
        #expect(ack.stderr.contains("The change may or may not have been made"), "\(ack.stderr)")
        let retry = try #require(Self.retryCommand(in: ack.stderr))
        #expect(retry.starts(with: ["--socket", daemon.socket, "ack", "1", "--note"]))
        #expect(retry.dropLast().last == "--idempotency-key")

        daemon.send(SIGCONT)
        continued = true
        #expect(eventually { daemon.log().contains("after its client's deadline") })
        let alert = try daemon.dutyctl(["show", "1", "--json"])
        let shown = try JSONDecoder().decode(ShowAlertReply.self, from: Data(alert.stdout.utf8))
        #expect(shown.alert.state == "triggered")
        let alerts = try daemon.decode(AlertsReply.self, ["alerts", "--json"]).alerts
        #expect(alerts.map(\.id) == [1], "the report that gave up waiting for the unit list was never sent")

        let first = try run(Products.dutyctl, retry)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("alert 1 acknowledged by root"))
        let second = try run(Products.dutyctl, retry)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.split(separator: "(").first == first.stdout.split(separator: "(").first, "the same reply, but for the hint (in 1d)")
        let history = try daemon.decode(ShowAlertReply.self, ["show", "1", "--json"]).history
        #expect(history.map(\.action) == ["raised", "acknowledged"])
    }

    @Test("a repeated Acknowledge with the same key returns the first reply and adds one history record, also after a restart")
    func repeatedAcknowledge() throws {
        let daemon = try DaemonHarness()
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        let controls = ChangeControls(idempotencyKey: "ack-1-from-test", notAfter: nil)
        let acknowledge = ControlledChange(AlertActionRequest(id: 1, note: "已派电工"), controls: controls)
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let first = try connection.call(DutydInterface.acknowledge, acknowledge, returning: AlertReply.self).get()
        let second = try connection.call(DutydInterface.acknowledge, acknowledge, returning: AlertReply.self).get()
        #expect(second == first)
        #expect(first.alert.state == "acknowledged")

        let resolve = ControlledChange(AlertActionRequest(id: 1), controls: controls)
        let reused = try connection.call(DutydInterface.resolve, resolve, returning: AlertReply.self)
        #expect(reused == .failure(.idempotencyKeyReused("ack-1-from-test", method: DutydInterface.acknowledge)))

        #expect(daemon.stop() == 0)
        try daemon.start()
        let again = try RawVarlinkConnection(path: daemon.socket).call(DutydInterface.acknowledge, acknowledge, returning: AlertReply.self).get()
        #expect(again == first)
        let shown = try daemon.decode(ShowAlertReply.self, ["show", "1", "--json"])
        #expect(shown.history.map(\.action) == ["raised", "acknowledged"])
        #expect(shown.alert.state == "acknowledged")
    }

    @Test("a change that arrives after its not_after is refused with DeadlinePassed and changes nothing; a malformed one names the parameter")
    func lateChange() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let late = ControlledChange(ReportRequest(unit: "dg-sy", summary: "迟到的报告"), controls: ChangeControls(notAfter: "2020-01-01T00:00:00.000Z"))
        let refused = try connection.call(DutydInterface.report, late, returning: ReportReply.self)
        guard case .failure(let error) = refused else { Issue.record("a late report was made"); return }
        #expect(error.name == "io.dutyd.DeadlinePassed")
        #expect(error.parameters["not_after"] == .string("2020-01-01T00:00:00.000Z"))

        let malformed = ControlledChange(ReportRequest(unit: "dg-sy", summary: "x"), controls: ChangeControls(notAfter: "tomorrow"))
        let invalid = try connection.call(DutydInterface.report, malformed, returning: ReportReply.self)
        #expect((try? invalid.get()) == nil)
        if case .failure(let error) = invalid { #expect(error.name == "io.dutyd.InvalidValue" && error.parameters["parameter"] == .string("not_after")) }
        #expect(try daemon.dutyctl(["alerts"]).stdout == "no open alerts\n")

        let inTime = ControlledChange(ReportRequest(unit: "dg-sy", summary: "按时的报告"), controls: ChangeControls(notAfter: "2099-01-01T00:00:00Z"))
        #expect((try? connection.call(DutydInterface.report, inTime, returning: ReportReply.self).get())?.incident == "I1")
    }
}
