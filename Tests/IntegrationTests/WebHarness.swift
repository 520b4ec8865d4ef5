@testable import DutyShell
import Foundation
import Glibc
import Testing

/// A real dutyd with `[web]` on a free loopback port behind a real nginx (Debian's) on another,
/// configured from deploy/nginx/dutyd-loopback.conf; links are issued with `dutyctl links issue`.
final class WebHarness {
    let daemon: DaemonHarness
    let webPort: Int
    /// The port `[web] listen` names: `webPort`, unless the socket is passed by systemd.
    let listenPort: Int
    let nginxPort: Int
    private var nginx: Process?
    let prefix: URL

    /// Starts dutyd with `[web]` (plus `webSettings` lines); `prepare` runs on the test's directory
    /// before the start, as `DaemonHarness` runs it. With `socketActivated`, the pages' socket is
    /// bound by `systemd-socket-activate` and passed named `web`, and `listen` names another port.
    init(
        webSettings: String = "", logTarget: String = "console", socketActivated: Bool = false,
        configure: @escaping (String) -> String = { $0 }, prepare: (URL) throws -> Void = { _ in }
    ) throws {
        let webPort = try Self.freePort()
        let nginxPort = try Self.freePort()
        let listenPort = socketActivated ? try Self.freePort() : webPort
        (self.webPort, self.nginxPort, self.listenPort) = (webPort, nginxPort, listenPort)
        let withWeb: (String) -> String = { text in
            configure(text) + """

                [web]
                listen = "127.0.0.1:\(listenPort)"
                public_url = "http://127.0.0.1:\(nginxPort)"
                trusted_proxies = ["127.0.0.1"]
                \(webSettings)

                """
        }
        daemon = try DaemonHarness(
            logTarget: logTarget, webSocket: socketActivated ? "127.0.0.1:\(webPort)" : nil, configure: withWeb, prepare: prepare)
        prefix = daemon.directory.appending(path: "nginx")
        guard eventually(within: 20, { (try? curl(["http://127.0.0.1:\(webPort)/healthz"]).body) == "ok" }) else {
            throw HarnessError("dutyd's [web] listener did not answer on port \(webPort); its log:\n\(daemon.log())")
        }
    }

    /// Starts nginx in front of dutyd; throws when nginx is not installed.
    func startNginx() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") else {
            throw HarnessError("nginx is not installed: apt-get install nginx-light (.ci/run does)")
        }
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        let template = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../deploy/nginx/dutyd-loopback.conf").standardized
        let config = try String(contentsOf: template, encoding: .utf8)
            .replacing("@PREFIX@", with: prefix.path).replacing("@LISTEN@", with: "127.0.0.1:\(nginxPort)")
            .replacing("@UPSTREAM@", with: "127.0.0.1:\(webPort)")
        let file = prefix.appending(path: "nginx.conf")
        try config.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(filePath: "/usr/sbin/nginx")
        process.arguments = ["-p", prefix.path, "-c", file.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        nginx = process
        guard eventually(within: 10, { (try? curl([url("/nothing")]).status) == 404 }) else {
            throw HarnessError("nginx did not answer on port \(nginxPort): \((try? String(contentsOf: prefix.appending(path: "error.log"), encoding: .utf8)) ?? "")")
        }
    }

    deinit {
        if let nginx, nginx.isRunning {
            kill(nginx.processIdentifier, SIGQUIT)
            nginx.waitUntilExit()
        }
    }

    /// The public address of `path`, through nginx.
    func url(_ path: String) -> String { "http://127.0.0.1:\(nginxPort)\(path)" }

    /// The token of a new link for `person` (nil: read-only) to `subject`, issued by `dutyctl links issue` as a clerk would.
    func link(person: String?, subject: LinkSubject) throws -> String {
        let result = try daemon.dutyctl(["links", "issue"] + [person].compactMap { $0 } + [subject.kind, subject.id])
        let prefix = "http://127.0.0.1:\(nginxPort)/a/"
        guard result.status == 0, let line = result.stdout.split(separator: "\n").first, line.hasPrefix(prefix) else {
            throw HarnessError("dutyctl links issue \(person ?? "") \(subject) failed: \(result.stdout) \(result.stderr)")
        }
        return String(line.dropFirst(prefix.count))
    }

    /// A free TCP port on loopback, as the kernel picks one.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw HarnessError("cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// What curl got: the status and the body.
struct HTTPResult: Equatable {
    var status: Int
    var body: String
}

/// Runs the real curl (`-s`), returning the status code and the body.
func curl(_ arguments: [String]) throws -> HTTPResult {
    let result = try run(URL(filePath: "/usr/bin/curl"), ["-s", "-m", "20", "-w", "\n%{http_code}"] + arguments)
    guard let newline = result.stdout.lastIndex(of: "\n"), let status = Int(result.stdout[result.stdout.index(after: newline)...]) else {
        throw HarnessError("curl \(arguments): \(result.stderr)")
    }
    return HTTPResult(status: status, body: String(result.stdout[..<newline]))
}

/// The anti-forgery token in a page's form.
func formToken(in page: String) -> String? {
    guard let range = page.range(of: #"name="form" value="([0-9a-f]+)""#, options: .regularExpression) else { return nil }
    return String(page[range].dropFirst(#"name="form" value=""#.count).dropLast())
}
