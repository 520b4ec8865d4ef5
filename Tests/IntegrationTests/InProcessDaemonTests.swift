import DutyProtocol
import Foundation
import Glibc
import Synchronization
import Testing

/// The daemon inside the test process (`InProcessDaemon`): these also run under ThreadSanitizer in CI.
@Suite("dutyd in the test process", .serialized)
struct InProcessDaemonTests {
    @Test("started, driven and stopped gracefully inside one process; the next start on its state finds the clean stop and the acknowledgement")
    func startDriveStop() async throws {
        let daemon = try InProcessDaemon()
        defer { daemon.remove() }
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let report = try connection.call(DutydInterface.report, ReportRequest(unit: "dg-sy", summary: "配电箱冒烟"), returning: ReportReply.self).get()
        let acknowledged = try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: report.alert.id), returning: AlertReply.self).get()
        #expect(acknowledged.alert.state == "acknowledged")
        try await daemon.stop()
        #expect(!FileManager.default.fileExists(atPath: daemon.socket))

        let again = try InProcessDaemon(directory: daemon.directory)
        #expect(again.log.all.contains { $0.hasPrefix("[daemon_started]") && $0.contains("previous run stopped cleanly") })
        let shown = try RawVarlinkConnection(path: again.socket).call(DutydInterface.showAlert, AlertIDRequest(id: report.alert.id), returning: ShowAlertReply.self).get()
        #expect(shown.alert.state == "acknowledged")
        try await again.stop()
    }

    @Test("200 reloads while two other clients list the outbox and the alerts: every call is answered, every listing whole")
    func reloadsUnderListings() async throws {
        let extraUnit = "\n[[units]]\nid = \"ls-jz\"\nname = \"岚山区巨峰镇中学\"\nkind = \"school\"\nparent = \"rz-ls\"\n"
        let daemon = try InProcessDaemon()
        defer { daemon.remove() }
        let original = try String(contentsOf: daemon.configFile, encoding: .utf8)
        let connection = try RawVarlinkConnection(path: daemon.socket)
        for unit in ["dg-sy", "dg-sz", "ls-zx", "ls-ez", "rz-yz"] {
            _ = try connection.call(DutydInterface.report, ReportRequest(unit: unit, summary: "演练"), returning: ReportReply.self).get()
        }
        let socket = daemon.socket
        let alertListings = Lister(socket: socket) { connection in
            try connection.call(DutydInterface.alerts, AlertsRequest(state: "all"), returning: AlertsReply.self).get().alerts.count == 5
        }
        let outboxListings = Lister(socket: socket) { connection in
            !(try connection.call(DutydInterface.outbox, OutboxRequest(state: "all"), returning: OutboxReply.self).get().notifications.isEmpty)
        }

        var reloaded = 0
        for round in 1...200 {
            try (round % 2 == 1 ? original + extraUnit : original).write(to: daemon.configFile, atomically: true, encoding: .utf8)
            let reply = try connection.call(DutydInterface.reload, NoParameters(), returning: ReloadReply.self).get()
            if reply.units == (round % 2 == 1 ? 12 : 11) { reloaded += 1 }
        }
        let (alerts, outbox) = (alertListings.finish(), outboxListings.finish())
        #expect(reloaded == 200)
        #expect(alerts.calls > 0 && alerts.whole == alerts.calls, "\(alerts)")
        #expect(outbox.calls > 0 && outbox.whole == outbox.calls, "\(outbox)")
        #expect(try connection.call(DutydInterface.status, NoParameters(), returning: StatusReply.self).get().units == 11)
        try await daemon.stop()
    }
}

/// A client on its own thread and connection that calls `check` over and over until `finish`,
/// counting the calls and those whose reply held.
final class Lister: Sendable {
    private let state = Mutex<(running: Bool, calls: Int, whole: Int, error: String?)>((true, 0, 0, nil))
    private let done = DispatchSemaphore(value: 0)

    init(socket: String, _ check: @escaping @Sendable (RawVarlinkConnection) throws -> Bool) {
        Thread.detachNewThread { [self] in
            defer { done.signal() }
            guard let connection = try? RawVarlinkConnection(path: socket) else {
                return state.withLock { $0.error = "cannot connect to \(socket)" }
            }
            while state.withLock({ $0.running }) {
                do {
                    let held = try check(connection)
                    state.withLock { $0.calls += 1; $0.whole += held ? 1 : 0 }
                } catch {
                    state.withLock { $0.calls += 1; $0.error = "\(error)" }
                }
            }
        }
    }

    /// Stops the client and returns its counts.
    func finish() -> (calls: Int, whole: Int, error: String?) {
        state.withLock { $0.running = false }
        done.wait()
        return state.withLock { ($0.calls, $0.whole, $0.error) }
    }
}
