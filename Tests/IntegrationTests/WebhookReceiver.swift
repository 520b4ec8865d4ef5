import DutyProtocol
import Foundation
import Glibc

/// A real HTTP server on loopback (Scripts/webhook_receiver.py) that counts what dutyd delivers
/// and can be told to answer 500, hang, answer slowly, refuse as a robot, or be gone altogether.
final class WebhookReceiver {
    /// What the receiver has counted so far.
    struct Stats: Decodable {
        /// Requests answered 200 to a client still connected, by `X-Dutyd-Key`.
        var acknowledged: [String: Int]
        /// Requests whose client went away before the answer.
        var abandoned: Int
        var failed500: Int
        var hung: Int
        var refusedByRobot: Int
        var inFlight: Int
        /// The most requests in flight at once.
        var mostInFlight: Int
        var badSignatures: Int
        /// The JSON bodies of acknowledged requests.
        var bodies: [[String: JSONValue]]
    }

    let directory: URL
    private(set) var port = 0
    private var process = Process()
    private let dingTalkSecret: String?
    private static let script = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Scripts/webhook_receiver.py")

    init(dingTalkSecret: String? = nil) throws {
        directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-receiver-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.dingTalkSecret = dingTalkSecret
        try start()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The URL dutyd should post to.
    var url: String { "http://127.0.0.1:\(port)/robot/send?access_token=test" }

    /// Starts the server (again, on the same port once it had one) and waits until it listens.
    func start() throws {
        try? FileManager.default.removeItem(at: directory.appending(path: "port"))
        process = Process()
        process.executableURL = URL(filePath: "/usr/bin/python3")
        process.arguments = [Self.script.path, directory.path] + (port > 0 ? ["--port", String(port)] : [])
            + (dingTalkSecret.map { ["--dingtalk-secret", $0] } ?? [])
        process.standardError = FileHandle.standardError
        try process.run()
        let portFile = directory.appending(path: "port")
        guard eventually(within: 10, { FileManager.default.fileExists(atPath: portFile.path) }),
              let text = try? String(contentsOf: portFile, encoding: .utf8), let number = Int(text) else {
            throw HarnessError("the webhook receiver did not start")
        }
        port = number
    }

    /// Kills the server, so that connections to its port are refused.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// How to answer from the next request on: ok, 500, hang, slow or errcode.
    func answer(_ mode: String) throws {
        try mode.write(to: directory.appending(path: "mode"), atomically: true, encoding: .utf8)
    }

    func stats() throws -> Stats {
        try JSONDecoder().decode(Stats.self, from: Data(contentsOf: directory.appending(path: "stats.json")))
    }
}
