import DutyProtocol
import Foundation
import Glibc
import Testing

@Suite("dutyctl watch")
struct WatchTests {
    @Test("transitions stream to dutyctl watch as they happen, as text and as JSON lines")
    func watch() throws {
        let daemon = try DaemonHarness(configure: FastPolicies.incidents(step: "1s", repeat: "5s"))
        let text = try WatchProcess(daemon, ["watch"])
        let json = try WatchProcess(daemon, ["watch", "--json"])
        #expect(eventually { daemon.log().isEmpty == false })
        usleep(300_000)
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        #expect(eventually(within: 5) { text.output().contains("#1 escalated L1/2") })
        #expect(try daemon.dutyctl(["ack", "1"]).status == 0)
        #expect(eventually(within: 5) { text.output().contains("#1 acknowledged") })

        let lines = text.output().split(separator: "\n").map { String($0.dropFirst(27)) }
        #expect(lines.first == "#1 raised L0/2  东港区实验小学  配电箱冒烟  → 赵文博")
        #expect(lines.contains("#1 escalated L1/2  东港区实验小学  配电箱冒烟  → 孙立新"))
        #expect(lines.last?.hasPrefix("#1 acknowledged L") == true && lines.last?.hasSuffix("/2  东港区实验小学  配电箱冒烟  by root") == true)

        let events = try json.output().split(separator: "\n").map { try JSONDecoder().decode(EventInfo.self, from: Data($0.utf8)) }
        #expect(events.first?.action == "raised" && events.first?.alert.unitName == "东港区实验小学")
        #expect(events.map(\.action).contains("acknowledged"))
    }

    @Test("Watch without more is refused with ExpectedMore")
    func watchNeedsMore() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        #expect(try connection.call(#"{"method": "io.dutyd.Watch"}"#)?["error"] == .string("org.varlink.service.ExpectedMore"))
    }
}

/// `dutyctl watch` running in the background with its output in a file.
final class WatchProcess {
    let process = Process()
    let file: URL

    init(_ daemon: DaemonHarness, _ arguments: [String], environment: [String: String]? = nil) throws {
        file = daemon.directory.appending(path: "watch-\(UUID().uuidString.prefix(6)).out")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        process.executableURL = Products.dutyctl
        process.arguments = ["--socket", daemon.socket] + arguments
        if let environment { process.environment = environment }
        process.standardOutput = try FileHandle(forWritingTo: file)
        try process.run()
    }

    deinit {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func output() -> String {
        (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
}
