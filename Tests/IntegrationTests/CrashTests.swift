import Dispatch
import DutyProtocol
import Foundation
import Synchronization
import Testing

@Suite("SIGKILL at random moments")
struct CrashTests {
    /// One acknowledgement the daemon confirmed, to look for after every restart.
    struct Confirmed: Hashable {
        var alert: Int64
        var time: String
    }

    @Test("50 kills while reporting and acknowledging lose nothing confirmed, repeat no escalation, forget nothing due")
    func randomKills() throws {
        let daemon = try DaemonHarness(configure: FastPolicies.incidents(step: "1s", repeat: "2s", resolve: "2s"))
        var generator = SystemRandomNumberGenerator()
        var confirmed: Set<Confirmed> = []
        var reported = 0
        for round in 0..<50 {
            if round > 0 { try daemon.start() }
            let connection = try RawVarlinkConnection(path: daemon.socket)
            for acknowledgement in confirmed {
                let history = try connection.call(DutydInterface.showAlert, AlertIDRequest(id: acknowledgement.alert), returning: ShowAlertReply.self).get().history
                #expect(history.contains { $0.action == "acknowledged" && $0.time == acknowledgement.time }, "round \(round): lost the acknowledgement of alert \(acknowledgement.alert) at \(acknowledgement.time)")
            }
            let units = ["dg-sy", "dg-sz", "ls-zx", "ls-ez", "rz-yz"]
            if case .success = try connection.call(DutydInterface.report, ReportRequest(unit: units[round % units.count], summary: "第\(round)轮演练"), returning: ReportReply.self) {
                reported += 1
            }
            let open = try connection.call(DutydInterface.alerts, AlertsRequest(state: "triggered"), returning: AlertsReply.self).get().alerts
            for alert in open.shuffled(using: &generator).prefix(2) {
                if case .success(let reply) = try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: alert.id), returning: AlertReply.self) {
                    confirmed.insert(Confirmed(alert: alert.id, time: reply.alert.acknowledgedAt ?? ""))
                }
            }
            usleep(UInt32.random(in: 0...400_000, using: &generator))
            daemon.crash()
        }

        try daemon.start()
        sleep(1)
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let alerts = try connection.call(DutydInterface.alerts, AlertsRequest(state: "all"), returning: AlertsReply.self).get().alerts
        #expect(alerts.count == reported)
        let now = Date()
        for alert in alerts {
            let history = try connection.call(DutydInterface.showAlert, AlertIDRequest(id: alert.id), returning: ShowAlertReply.self).get().history
            let climbs = history.filter { $0.action == "escalated" }.map(\.level)
            #expect(Set(climbs).count == climbs.count, "alert \(alert.id) escalated to the same level twice: \(climbs)")
            let due = history.compactMap { entry in entry.dueAt.map { "\(entry.action)@\($0)" } }
            #expect(Set(due).count == due.count, "alert \(alert.id) handled a due transition twice: \(due)")
            if let next = alert.nextEscalationAt.flatMap(Self.date) {
                #expect(next > now.addingTimeInterval(-1.5), "alert \(alert.id) was due at \(next) and not handled")
            }
        }
        for acknowledgement in confirmed {
            let history = try connection.call(DutydInterface.showAlert, AlertIDRequest(id: acknowledgement.alert), returning: ShowAlertReply.self).get().history
            #expect(history.contains { $0.action == "acknowledged" && $0.time == acknowledgement.time })
        }
        let audit = try connection.call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self).get()
        #expect(audit.intact, "\(audit.problem ?? "")")
        #expect(audit.records > 100)
    }

    @Test("Acknowledgements from 16 connections at once, committed in groups, survive a SIGKILL right after their replies")
    func concurrentAcknowledgementsSurviveKill() throws {
        let daemon = try DaemonHarness()
        let clients = 16
        let perClient = 8
        let connection = try RawVarlinkConnection(path: daemon.socket)
        var alerts: [Int64] = []
        for number in 0..<(clients * perClient) {
            let reply = try connection.call(DutydInterface.report, ReportRequest(unit: "dg-sy", summary: "并发确认\(number)"), returning: ReportReply.self).get()
            alerts.append(reply.alert.id)
        }
        let confirmed = Mutex<Set<Confirmed>>([])
        let finished = DispatchGroup()
        let socket = daemon.socket
        for client in 0..<clients {
            let mine = Array(alerts[(client * perClient)..<((client + 1) * perClient)])
            finished.enter()
            Thread {
                defer { finished.leave() }
                guard let connection = try? RawVarlinkConnection(path: socket) else { return }
                for id in mine {
                    guard case .success(let reply)? = try? connection.call(DutydInterface.acknowledge, AlertActionRequest(id: id), returning: AlertReply.self)
                    else { return }
                    confirmed.withLock { _ = $0.insert(Confirmed(alert: id, time: reply.alert.acknowledgedAt ?? "")) }
                }
            }.start()
        }
        // Kill while the clients are still acknowledging, right after half of them were answered.
        #expect(eventually { confirmed.withLock { $0.count } >= clients * perClient / 2 })
        daemon.crash()
        finished.wait()

        try daemon.start()
        let after = try RawVarlinkConnection(path: daemon.socket)
        let acknowledged = confirmed.withLock { $0 }
        for acknowledgement in acknowledged {
            let history = try after.call(DutydInterface.showAlert, AlertIDRequest(id: acknowledgement.alert), returning: ShowAlertReply.self).get().history
            #expect(history.contains { $0.action == "acknowledged" && $0.time == acknowledgement.time }, "lost the acknowledgement of alert \(acknowledgement.alert)")
        }
        let audit = try after.call(DutydInterface.auditVerify, NoParameters(), returning: AuditVerifyReply.self).get()
        #expect(audit.intact, "\(audit.problem ?? "")")
        #expect(audit.records >= clients * perClient + acknowledged.count)
    }

    static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
