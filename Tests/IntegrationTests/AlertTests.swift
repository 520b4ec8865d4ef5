import DutyPhrases
import DutyProtocol
import Foundation
import GRDB
import Testing

@Suite("Alerts, escalation and durable state against the real daemon")
struct AlertTests {
    @Test("a reported incident escalates in real time, level by level, and the journal says so")
    func realTimeEscalation() throws {
        let daemon = try DaemonHarness(configure: FastPolicies.incidents(step: "1s", repeat: "1s"))
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let report = try connection.call(DutydInterface.report, ReportRequest(unit: "dg-sy", summary: "配电箱冒烟", severity: "high"), returning: ReportReply.self).get()
        #expect(report.incident == "I1")
        #expect(report.alert.recipients.map(\.name) == ["赵文博"])
        #expect(eventually(within: 6) { daemon.log().contains("alert 1 (incident at 东港区实验小学: 配电箱冒烟) still unacknowledged at the top level 2") })
        let shown = try connection.call(DutydInterface.showAlert, AlertIDRequest(id: 1), returning: ShowAlertReply.self).get()
        #expect(Array(shown.history.map { "\($0.action) L\($0.level) \($0.recipients.joined(separator: ","))" }.prefix(4)) == [
            "raised L0 赵文博", "escalated L1 孙立新", "escalated L2 郑海涛", "renotified L2 郑海涛",
        ])
        #expect(daemon.log().contains("[alert_escalated] alert 1 (incident at 东港区实验小学: 配电箱冒烟) escalated to level 1; notify 孙立新 (13806331201)"))
    }

    @Test("an acknowledgement is committed before the reply and survives SIGKILL; nothing due is forgotten")
    func acknowledgementSurvivesCrash() throws {
        let daemon = try DaemonHarness(configure: FastPolicies.incidents(step: "1h", resolve: "2s"))
        var connection = try RawVarlinkConnection(path: daemon.socket)
        _ = try connection.call(DutydInterface.report, ReportRequest(unit: "ls-zx", summary: "学生走失"), returning: ReportReply.self).get()
        let acknowledged = try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: 1, note: "已联系家长"), returning: AlertReply.self).get()
        #expect(acknowledged.alert.state == "acknowledged")
        daemon.crash()
        sleep(3)
        try daemon.start()
        connection = try RawVarlinkConnection(path: daemon.socket)
        let shown = try connection.call(DutydInterface.showAlert, AlertIDRequest(id: 1), returning: ShowAlertReply.self).get()
        #expect(shown.history.map(\.action) == ["raised", "acknowledged", "unresolved"])
        #expect(shown.history[1].actor == "root" && shown.history[1].note == "已联系家长")
        #expect(shown.alert.state == "triggered" && shown.alert.level == 1)
        #expect(daemon.log().contains("[caught_up] caught up after restart: 1 escalation(s) fell due while dutyd was down"))
    }

    @Test("refused requests say why and change nothing")
    func refusedRequests() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let unknownUnit = try connection.call(DutydInterface.report, ReportRequest(unit: "nowhere", summary: "x"), returning: ReportReply.self)
        #expect(unknownUnit.failure?.name == "io.dutyd.UnknownUnit")
        let badSeverity = try connection.call(DutydInterface.report, ReportRequest(unit: "dg-sy", summary: "x", severity: "urgent"), returning: ReportReply.self)
        #expect(badSeverity.failure?.parameters["reason"] == .string("expected major, high, general or low"))
        #expect(badSeverity.failure == .invalidValue("severity", phrase: Phrase("value.risk")))
        let missing = try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: 42), returning: AlertReply.self)
        #expect(missing.failure?.name == "io.dutyd.AlertNotFound")
        let noParameters = try connection.call(#"{"method": "io.dutyd.Acknowledge"}"#)
        #expect(noParameters?["error"] == .string("org.varlink.service.InvalidParameter"))
        #expect(noParameters?.objectParameters?["parameter"] == .string("id"))
        let alerts = try connection.call(DutydInterface.alerts, AlertsRequest(state: "all"), returning: AlertsReply.self).get()
        #expect(alerts.alerts.isEmpty)
        #expect(try connection.call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self).get().records == 0)
    }

    @Test("editing or deleting a history row behind the daemon's back makes audit verify fail and name it")
    func tamperedHistoryIsDetected() throws {
        let daemon = try DaemonHarness()
        var connection = try RawVarlinkConnection(path: daemon.socket)
        for unit in ["dg-sy", "ls-ez"] {
            _ = try connection.call(DutydInterface.report, ReportRequest(unit: unit, summary: "演练"), returning: ReportReply.self).get()
        }
        _ = try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: 1), returning: AlertReply.self).get()
        _ = try connection.call(DutydInterface.resolve, AlertActionRequest(id: 1, note: "处置完毕"), returning: AlertReply.self).get()
        let intact = try connection.call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self).get()
        #expect(intact.records == 4 && intact.intact && intact.firstBroken == nil && intact.problem == nil)
        #expect(daemon.stop() == 0)

        let database = try DatabaseQueue(path: daemon.stateDatabase.path)
        try database.write { try $0.execute(sql: "UPDATE history SET actor = 'someone-else' WHERE seq = 3") }
        try daemon.start()
        connection = try RawVarlinkConnection(path: daemon.socket)
        let edited = try connection.call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self).get()
        #expect(edited.intact == false)
        #expect(edited.firstBroken == 3)
        #expect(edited.problem == "record 3 (alert:1, acknowledged) was changed after it was written: its content no longer matches its MAC under the audit key \(daemon.stateDatabase.deletingLastPathComponent().path)/audit-key")
        #expect(daemon.stop() == 0)

        try database.write { db in
            try db.execute(sql: "UPDATE history SET actor = 'root' WHERE seq = 3")
            try db.execute(sql: "DELETE FROM history WHERE seq = 2")
        }
        try daemon.start()
        let deleted = try daemon.dutyctl(["audit", "verify"])
        #expect(deleted.status == 1)
        #expect(deleted.stderr.contains("record 3 (alert:1, acknowledged) does not follow the record before it"))
    }

    @Test("a read the state database cannot answer is a StorageFailed error with the database's own cause, not a malformed message")
    func storageFailureIsItsOwnError() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        _ = try connection.call(DutydInterface.report, ReportRequest(unit: "dg-sy", summary: "演练"), returning: ReportReply.self).get()
        var busyWaiting = Configuration()
        busyWaiting.busyMode = .timeout(10)
        try DatabaseQueue(path: daemon.stateDatabase.path, configuration: busyWaiting).write {
            try $0.execute(sql: "ALTER TABLE history RENAME TO history_elsewhere")
        }

        let error = try #require(try connection.call(DutydInterface.showAlert, AlertIDRequest(id: 1), returning: ShowAlertReply.self).failure)
        #expect(error.name == "io.dutyd.StorageFailed")
        #expect(error.parameters["what"] == .string("reading the history of alert 1"))
        #expect(error.parameters["cause"]?.stringValue?.contains("no such table: history") == true)
        let shown = try daemon.dutyctl(["show", "1"])
        #expect(shown.status == 1)
        #expect(shown.stderr.contains("dutyd's state database failed while reading the history of alert 1"))
        #expect(daemon.process.isRunning)
    }
}

extension Result {
    /// The error, if this is a failure.
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
