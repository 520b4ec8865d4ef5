@testable import DutyShell
import DutyProtocol
import Foundation
import Glibc
import Testing

/// Bad links, replays, wrong actions, big bodies, floods and slow clients change nothing.
@Suite("Field pages refuse abuse")
struct FieldAbuseTests {
    /// The alert's history as `dutyctl show` has it.
    static func history(_ web: WebHarness, _ id: Int) throws -> [HistoryEntryInfo] {
        try web.daemon.decode(ShowAlertReply.self, ["show", "\(id)", "--json"]).history
    }

    @Test("unknown, tampered, expired and revoked links get a Chinese page with 404 or 410; another action or a read-only link gets 403; nothing changes")
    func badLinks() throws {
        let web = try WebHarness(webSettings: "link_grace = \"1s\"")
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "走廊灯损坏"]).status == 0)
        let good = try web.link(person: "ez-ma", subject: .alert(1))
        let tampered = String(good.dropLast()) + (good.last == "A" ? "B" : "A")
        let expired = try web.link(person: "ez-ma", subject: .alert(2))
        let revoked = try web.link(person: "ez-luo", subject: .alert(1))
        let readOnly = try web.link(person: nil, subject: .alert(1))
        #expect(try web.daemon.dutyctl(["resolve", "2", "--note", "已修好"]).status == 0)
        let revoke = try web.daemon.dutyctl(["links", "revoke", "ez-luo"])
        #expect(revoke.status == 0)
        #expect(revoke.stdout.contains(String(LinkToken.hash(revoked).prefix(8))))
        Thread.sleep(forTimeInterval: 1.5)
        let before = try Self.history(web, 1)

        let unknown = try curl([web.url("/a/nonsense")])
        #expect(unknown.status == 404)
        #expect(unknown.body.contains("链接无效"))
        #expect(try curl([web.url("/a/" + LinkToken.mint())]).status == 404)
        #expect(try curl([web.url("/a/" + tampered)]).status == 404)
        #expect(try curl(["-d", "form=00", web.url("/a/\(tampered)/acknowledge")]).status == 404)
        let gone = try curl([web.url("/a/" + expired)])
        #expect(gone.status == 410)
        #expect(gone.body.contains("链接已过期"))
        #expect(try curl(["-d", "form=00", web.url("/a/\(expired)/acknowledge")]).status == 410)
        let withdrawn = try curl([web.url("/a/" + revoked)])
        #expect(withdrawn.status == 410)
        #expect(withdrawn.body.contains("链接已撤销"))
        #expect(try curl(["-d", "form=00", web.url("/a/\(revoked)/acknowledge")]).status == 410)

        let shown = try curl([web.url("/a/" + readOnly)])
        #expect(shown.status == 200)
        #expect(shown.body.contains("实验室漏水") && !shown.body.contains("<form"))
        #expect(try curl(["-d", "form=00", web.url("/a/\(readOnly)/acknowledge")]).status == 403)

        let page = try curl([web.url("/a/" + good)])
        let form = try #require(formToken(in: page.body))
        let wrongAction = try curl(["-d", "form=\(form)", web.url("/a/\(good)/checkin")])
        #expect(wrongAction.status == 403)
        #expect(wrongAction.body.contains("此链接不能用于该操作"))
        #expect(try Self.history(web, 1) == before)
        let listed = try web.daemon.decode(LinksReply.self, ["links", "list", "--json"]).links
        #expect(listed.count == 4)
        #expect(listed.allSatisfy { $0.uses == 0 })
        #expect(listed.first { $0.person == "ez-luo" }?.revokedAt != nil)
    }

    @Test("a GET changes nothing; a replayed POST is answered as the first and acknowledges once; a forged form token is refused")
    func replay() throws {
        let web = try WebHarness()
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let link = try web.link(person: "ez-ma", subject: .alert(1))
        let before = try Self.history(web, 1)
        var pages: [String] = []
        for _ in 0..<3 { pages.append(try curl([web.url("/a/" + link)]).body) }
        #expect(try Self.history(web, 1) == before)
        let form = try #require(formToken(in: pages[0]))

        let first = try curl(["-d", "form=\(form)", web.url("/a/\(link)/acknowledge")])
        #expect(first.status == 303)
        let replayed = try curl(["-d", "form=\(form)", web.url("/a/\(link)/acknowledge")])
        #expect(replayed.status == 303)
        let otherAction = try curl(["-d", "form=\(form)&note=done", web.url("/a/\(link)/resolve")])
        #expect(otherAction.status == 409)
        #expect(otherAction.body.contains("请勿重复提交"))
        let forged = try curl(["-d", "form=0123456789abcdef0123456789abcdef", web.url("/a/\(link)/acknowledge")])
        #expect(forged.status == 409)
        let history = try Self.history(web, 1)
        #expect(history.filter { $0.action == "acknowledged" }.count == 1)
        #expect(history.count == before.count + 1)
    }

    @Test("the client address comes from X-Real-IP only through a trusted proxy")
    func trustedProxies() throws {
        let web = try WebHarness()
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let link = try web.link(person: "ez-ma", subject: .alert(1))
        let direct = "http://127.0.0.1:\(web.webPort)/a/\(link)"
        let page = try curl(["--interface", "127.0.0.2", "-H", "X-Real-IP: 203.0.113.9", direct])
        let form = try #require(formToken(in: page.body))
        let posted = try curl(["--interface", "127.0.0.2", "-H", "X-Real-IP: 203.0.113.9", "-d", "form=\(form)", direct + "/acknowledge"])
        #expect(posted.status == 303)
        let shown = try web.daemon.decode(ShowAlertReply.self, ["show", "1", "--json"])
        #expect(shown.alert.acknowledgedBy == "马丽娟 <ez-ma> via link from 127.0.0.2")
    }

    @Test("too many requests per link get 429; bodies over 16 KB get 413; paths outside the routes get 404")
    func limits() throws {
        let web = try WebHarness(webSettings: "token_requests_per_minute = 5")
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let link = try web.link(person: "ez-ma", subject: .alert(1))
        let statuses = try (0..<7).map { _ in try curl([web.url("/a/" + link)]).status }
        #expect(statuses == [200, 200, 200, 200, 200, 429, 429])
        let other = try web.link(person: "ez-luo", subject: .alert(1))
        let big = String(repeating: "x", count: 20_000)
        let tooBig = try curl(["-d", "form=00&note=\(big)", web.url("/a/\(other)/resolve")])
        #expect(tooBig.status == 413)
        #expect(tooBig.body.contains("16 KB"))
        for path in ["/etc/passwd", "/a/../../etc/passwd", "/a/%2e%2e/%2e%2e/etc/passwd", "/state.sqlite", "/a/"] {
            #expect(try curl(["--path-as-is", "http://127.0.0.1:\(web.webPort)\(path)"]).status == 404, "\(path)")
        }
        #expect(try Self.history(web, 1).count == 1)
    }

    @Test("idle and slow connections are closed after request_timeout, so max_connections cannot be held")
    func slowClients() throws {
        let web = try WebHarness(webSettings: "max_connections = 3\nrequest_timeout = \"2s\"")
        var idle: [Int32] = []
        for _ in 0..<3 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(web.webPort).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            #expect(connected == 0)
            _ = "GET /a/slow".withCString { send(fd, $0, 11, 0) }
            idle.append(fd)
        }
        defer { idle.forEach { close($0) } }
        let started = Date()
        let answered = try curl(["-m", "15", "http://127.0.0.1:\(web.webPort)/healthz"])
        #expect(answered.status == 200)
        #expect(Date().timeIntervalSince(started) < 10)
        var buffer = [UInt8](repeating: 0, count: 64)
        #expect(idle.allSatisfy { recv($0, &buffer, 64, 0) <= 0 })
    }

    @Test("a photo that is not JPEG or PNG gets 415; one over max_photo_bytes gets 413 naming the limit; the hazard is unchanged")
    func uploads() throws {
        let web = try WebHarness(webSettings: "max_photo_bytes = 4096")
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["import", "ledger", web.daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path]).status == 0)
        let link = try web.link(person: "ez-ma", subject: .hazard("ls-ez-4"))
        let form = try #require(formToken(in: try curl([web.url("/a/" + link)]).body))
        let text = web.daemon.directory.appending(path: "not-a-photo.png")
        try "#!/bin/sh\necho pwned\n".write(to: text, atomically: true, encoding: .utf8)
        let big = web.daemon.directory.appending(path: "big.png")
        try Data(FieldFixtures.png + [UInt8](repeating: 0, count: 5_000)).write(to: big)

        let wrongType = try curl(["-F", "form=\(form)", "-F", "photo=@\(text.path);type=image/png", web.url("/a/\(link)/rectified")])
        #expect(wrongType.status == 415)
        #expect(wrongType.body.contains("只接受 JPEG 或 PNG"))
        let tooBig = try curl(["-F", "form=\(form)", "-F", "photo=@\(big.path)", web.url("/a/\(link)/rectified")])
        #expect(tooBig.status == 413)
        #expect(tooBig.body.contains("4 KB"))
        let shown = try web.daemon.decode(ShowHazardReply.self, ["hazard", "show", "ls-ez-4", "--json"])
        #expect(shown.hazard.status == "open")
        #expect(!FileManager.default.fileExists(atPath: web.daemon.directory.appending(path: "state/photos/ls-ez-4").path))
    }
}
