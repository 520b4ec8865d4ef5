import DutyProtocol
import Foundation
import Glibc
import Testing

@Suite("Control socket under abuse")
struct RobustnessTests {
    @Test("a client that sends half a message and stalls is told and dropped; an idle one is dropped")
    func stalledClients() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon("control_timeout = \"1s\""))
        let stalled = try RawVarlinkConnection(path: daemon.socket)
        let idle = try RawVarlinkConnection(path: daemon.socket)
        stalled.send(Array(#"{"method": "io.dutyd.Sta"#.utf8))
        let reply = try stalled.receive()
        #expect(reply?["error"] == .string("io.dutyd.InvalidMessage"))
        #expect(reply?.objectParameters?["reason"] == .string("timed out waiting for the rest of the message"))
        #expect(try stalled.receive() == nil)
        #expect(try idle.receive() == nil)
        #expect(try daemon.dutyctl(["status"]).status == 0)
    }

    @Test("100 concurrent clients, a stalled one and an oversized one are all answered, and escalations stay on time")
    func manyClientsDoNotDelayEscalation() throws {
        let daemon = try DaemonHarness(configure: FastPolicies.incidents(step: "1s", repeat: "1s"))
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "压力测试"]).status == 0)
        let stalled = try RawVarlinkConnection(path: daemon.socket)
        stalled.send(Array(#"{"method": "#.utf8))
        let oversized = try RawVarlinkConnection(path: daemon.socket)
        oversized.send([UInt8](repeating: UInt8(ascii: "x"), count: VarlinkCoding.maximumMessageSize + 1_024))

        let (asked, answered) = (Counter(), Counter())
        let socket = daemon.socket
        let end = Date().addingTimeInterval(3.5)
        DispatchQueue.concurrentPerform(iterations: 100) { client in
            guard let connection = try? RawVarlinkConnection(path: socket) else { return }
            while Date() < end {
                asked.add()
                let method = (asked.value + client) % 2 == 0 ? "io.dutyd.Status" : "io.dutyd.Alerts"
                if (try? connection.call(#"{"method": "\#(method)"}"#))??["parameters"] != nil { answered.add() }
            }
        }
        #expect(asked.value >= 100)
        #expect(answered.value == asked.value)
        #expect(try oversized.receive()?["error"] == .string("io.dutyd.InvalidMessage"))

        let history = try daemon.decode(ShowAlertReply.self, ["show", "1", "--json"]).history
        let handled = history.filter { $0.dueAt != nil }
        #expect(handled.count >= 2, "expected escalations during the load, got \(history.map(\.action))")
        for entry in handled {
            let lateness = try #require(CrashTests.date(entry.time)).timeIntervalSince(try #require(CrashTests.date(entry.dueAt!)))
            #expect(lateness <= 1, "\(entry.action) at level \(entry.level) was \(lateness) s late")
        }
    }

    @Test("messages nested 75,000 and 60,000 levels deep, or repeating a key, get an error and the daemon runs on")
    func hostileJSON() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let arrays = #"{"method": "io.dutyd.Status", "parameters": {"x": "# + String(repeating: "[", count: 75_000) + String(repeating: "]", count: 75_000) + "}}"
        let objects = String(repeating: #"{"a":"#, count: 60_000) + "1" + String(repeating: "}", count: 60_000)
        for message in [arrays, objects] {
            let reply = try connection.call(message)
            #expect(reply?["error"] == .string("io.dutyd.InvalidMessage"))
            #expect(reply?.objectParameters?["reason"]?.stringValue?.contains("nested deeper than 64 levels") == true)
        }
        let twice = try connection.call(#"{"method": "io.dutyd.Status", "method": "io.dutyd.Reload"}"#)
        #expect(twice?["error"] == .string("io.dutyd.InvalidMessage"))
        #expect(twice?.objectParameters?["reason"]?.stringValue?.contains(#"the key "method" appears twice"#) == true)
        #expect(daemon.process.isRunning)
        #expect(try daemon.dutyctl(["status"]).status == 0)
    }

    @Test("more connections than the limit are refused with an error, and the daemon serves again once they close")
    func connectionLimit() throws {
        let daemon = try DaemonHarness()
        var connections: [RawVarlinkConnection] = []
        for _ in 0..<520 { connections.append(try RawVarlinkConnection(path: daemon.socket)) }
        let refused = try connections.last?.receive()
        #expect(refused?.objectParameters?["reason"] == .string("too many connections (512); try again later"))
        connections.removeAll()
        #expect(eventually { (try? daemon.dutyctl(["status"]).status) == 0 })
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
