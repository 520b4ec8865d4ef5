import DutyProtocol
import DutyShell
import Foundation
import Synchronization
import Testing

/// The engine in the test process (`InProcessDaemon`) reading a clock that the test steps.
@Suite("dutyd under a wall clock that is stepped", .serialized)
struct ClockStepDaemonTests {
    @Test("the wall clock steps back 3 h: the step is logged with its size and direction, and a check-in limit of the stepped-over hours fires")
    func backwardStep() async throws {
        // A shift at 东港区实验小学 that started about 3 h ago: its 1m check-in limit passed before
        // dutyd first watched, so it is not judged, until the clock is stepped back to just before it.
        let start = Date(timeIntervalSince1970: ((Date().timeIntervalSince1970 - 3 * 3_600) / 60).rounded(.down) * 60)
        let limit = start + 60
        let (from, to) = (RosterTests.local(start), RosterTests.local(start + 7_200))
        let file = try RosterTests.scratchFile("roster.csv")
        try """
            单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话
            东港区实验小学,\(from.day),\(from.time)-\(to.time),陈静,13906332002,刘洋,13906332001

            """.write(to: file, atomically: true, encoding: .utf8)
        let clock = SteppedClock()
        let daemon = try InProcessDaemon(clock: clock) { text in
            RosterTests.configure(rosterPath: file.path)(text).replacing("check_interval = \"1m\"", with: "check_interval = \"1s\"")
        }
        defer { daemon.remove() }
        let connection = try RawVarlinkConnection(path: daemon.socket)
        func missedCheckins() throws -> [AlertInfo] {
            try connection.call(DutydInterface.alerts, AlertsRequest(state: "all", kind: "missed_checkin"), returning: AlertsReply.self).get().alerts
        }
        #expect(try missedCheckins().isEmpty)

        clock.step(by: limit.timeIntervalSince(clock.wall()) - 5)
        let stepped = eventually(within: 30) { daemon.log.all.contains { $0.hasPrefix("[clock_stepped]") } }
        #expect(stepped)
        let line = daemon.log.all.first { $0.hasPrefix("[clock_stepped]") } ?? ""
        #expect(line.contains("the wall clock stepped backward by 10"), "about 3 h: \(line)")
        let raised = try eventually(within: 60) { try missedCheckins().contains { $0.subject == "shift:dg-sy/\(from.day)T\(from.time)" } }
        #expect(raised, "\(daemon.log.all.suffix(10))")
        try await daemon.stop()
    }
}

/// The system's clocks, with a wall clock that the test can step; the monotonic clock is not stepped.
final class SteppedClock: DaemonClock {
    private let system = SystemClock()
    private let offset = Mutex<TimeInterval>(0)

    func wall() -> Date {
        Date(timeIntervalSince1970: ((system.wall().timeIntervalSince1970 + offset.withLock { $0 }) * 1000).rounded() / 1000)
    }

    func monotonic() -> Duration { system.monotonic() }

    /// Steps the wall clock by `seconds`, back when negative.
    func step(by seconds: TimeInterval) {
        offset.withLock { $0 += seconds }
    }
}
