@testable import DutyShell
import Foundation
import Testing

@Suite("The 值班室 board and the listener")
struct FieldBoardTests {
    @Test("a board link shows open alerts by level and overdue hazards by unit for its unit's subtree only, refreshes itself, and offers no change")
    func board() throws {
        let web = try WebHarness()
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        #expect(try web.daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "围墙倒塌"]).status == 0)
        #expect(try web.daemon.dutyctl(["import", "ledger", web.daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path]).status == 0)
        let link = try web.link(person: nil, subject: .board("rz-ls"))

        let page = try curl([web.url("/a/" + link)])
        #expect(page.status == 200)
        #expect(page.body.contains("岚山区教育和体育局 值班看板"))
        #expect(page.body.contains(#"<meta http-equiv="refresh" content="60">"#))
        #expect(page.body.contains("第 0 级：") && page.body.contains("：#1 岚山区第二中学"))
        #expect(page.body.contains("岚山区第二中学：") && page.body.contains("项逾期"))
        #expect(!page.body.contains("东港区"))
        #expect(!page.body.contains("<form"))
        #expect(try curl(["-d", "form=00", web.url("/a/\(link)/acknowledge")]).status == 403)
    }

    @Test("without [web] dutyd listens on no TCP port")
    func noWebNoListener() throws {
        let daemon = try DaemonHarness()
        let listening = try run(URL(filePath: "/usr/bin/ss"), ["-ltnpH"]).stdout
        #expect(!listening.contains("pid=\(daemon.process.processIdentifier),"), "\(listening)")
    }

    @Test("with a socket passed by systemd (LISTEN_FDS, named web) the pages are served on it, not on listen, and the control socket still answers")
    func socketActivated() throws {
        let web = try WebHarness(socketActivated: true)
        let passed = "http://127.0.0.1:\(web.webPort)/a/"
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let link = try web.link(person: "ez-ma", subject: .alert(1))
        let form = try #require(formToken(in: try curl([passed + link]).body))
        #expect(try curl(["-d", "form=\(form)", passed + "\(link)/acknowledge"]).status == 303)
        #expect(try web.daemon.dutyctl(["show", "1"]).stdout.contains("马丽娟 <ez-ma> via link from 127.0.0.1"))
        #expect(web.daemon.log().contains("field pages listening on the socket systemd passed"))
        let listening = try run(URL(filePath: "/usr/bin/ss"), ["-ltnpH"]).stdout
        #expect(!listening.contains(":\(web.listenPort) "), "nothing binds [web] listen: \(listening)")
    }
}
