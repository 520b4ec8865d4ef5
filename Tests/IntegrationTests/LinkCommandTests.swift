import DutyCore
@testable import DutyShell
import DutyProtocol
import Foundation
import Testing

/// `dutyctl links issue|list|revoke` against the real dutyd: the link shown once, kept only hashed.
@Suite("dutyctl links")
struct LinkCommandTests {
    @Test("a clerk issues a link, lists it, revokes it by hash prefix; the journal says link_issued and link_revoked with the hash prefix, and neither the journal nor the state directory holds the link")
    func issueListRevoke() throws {
        guard FileManager.default.fileExists(atPath: "/run/systemd/journal/socket") else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
            return
        }
        let web = try WebHarness(logTarget: "journal")
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let token = try web.link(person: "马丽娟", subject: .alert(1))
        let board = try web.link(person: nil, subject: .board("rz-ls"))
        let prefix = String(LinkToken.hash(token).prefix(8))

        let english = try web.daemon.dutyctl(["links", "list", "ez-ma"], environment: ChineseCLITests.environment("C.UTF-8")).stdout
        #expect(english.contains("HASH") && english.contains(prefix) && english.contains("马丽娟 (ez-ma)") && english.contains("alert 1") && english.contains("while open"))
        #expect(!english.contains(String(LinkToken.hash(board).prefix(8))))
        let chinese = try web.daemon.dutyctl(["links", "list"], environment: ChineseCLITests.environment("zh_CN.UTF-8")).stdout
        #expect(chinese.contains("哈希") && chinese.contains("只读") && chinese.contains("board rz-ls") && chinese.contains("事项未结束前有效"))
        #expect(!chinese.contains(token) && !chinese.contains(board))

        let revoked = try web.daemon.dutyctl(["links", "revoke", prefix], environment: ChineseCLITests.environment("zh_CN.UTF-8"))
        #expect(revoked.status == 0)
        #expect(revoked.stdout.contains("已撤销 1 个链接"))
        let page = try curl(["http://127.0.0.1:\(web.webPort)/a/\(token)"])
        #expect(page.status == 410)

        let pid = web.daemon.process.processIdentifier
        var journal = ""
        let found = eventually(within: 30) {
            journal = (try? run(URL(filePath: "/usr/bin/journalctl"), ["-o", "json", "--no-pager", "--merge", "_PID=\(pid)"]).stdout) ?? ""
            return journal.contains("link_revoked")
        }
        #expect(found, "no link_revoked entry of pid \(pid) in the journal")
        let entries = journal.split(separator: "\n").compactMap { line in
            try? JSONDecoder().decode([String: JSONField].self, from: Data(line.utf8)).compactMapValues(\.text)
        }
        let issued = entries.filter { $0["DUTYD_EVENT"] == "link_issued" }
        #expect(issued.count == 2)
        #expect(issued.first?["MESSAGE_ID"] == JournalEvent.linkIssued.messageID)
        #expect(issued.contains { $0["DUTYD_LINK_HASH"] == prefix && $0["DUTYD_PERSON"] == "ez-ma" })
        #expect(entries.contains { $0["DUTYD_EVENT"] == "link_revoked" && $0["DUTYD_LINK_HASH"] == prefix })
        #expect(!journal.contains(token) && !journal.contains(board))

        let state = web.daemon.directory.appending(path: "state")
        for name in try FileManager.default.contentsOfDirectory(atPath: state.path) {
            guard let data = FileManager.default.contents(atPath: state.appending(path: name).path) else { continue }
            #expect(data.range(of: Data(token.utf8)) == nil, "\(name) holds the link")
            #expect(data.range(of: Data(board.utf8)) == nil, "\(name) holds the board link")
        }
    }

    @Test("links are refused without [web], for an unknown person or item; nothing is stored; their JSON has the documented fields")
    func refusals() throws {
        let plain = try DaemonHarness()
        let noWeb = try plain.dutyctl(["links", "issue", "ez-ma", "alert", "1"])
        #expect(noWeb.status != 0 && noWeb.stderr.contains("[web]"))
        let web = try WebHarness()
        let chinese = ChineseCLITests.environment("zh_CN.UTF-8")
        for arguments in [["nobody", "alert", "1"], ["ez-ma", "alert", "9"], ["ez-ma", "hazard", "zz-1"], ["ez-ma", "planet", "x"], ["board", "nowhere"]] {
            let result = try web.daemon.dutyctl(["links", "issue"] + arguments, environment: chinese)
            #expect(result.status != 0, "\(arguments)")
            #expect(!result.stdout.contains("/a/"), "\(arguments)")
        }
        #expect(try web.daemon.dutyctl(["links", "revoke", "ffffffff"]).status != 0)
        #expect(try web.daemon.dutyctl(["links", "list"]).stdout.contains("no links"))

        let idl = VarlinkIDL(DutydInterface.definition)
        for (arguments, method) in [(["issue", "ez-ma", "board", "rz-ls"], "IssueLink"), (["list"], "Links"), (["revoke", "ez-ma"], "RevokeLinks")] {
            let result = try web.daemon.dutyctl(["links"] + arguments + ["--json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(result.stdout.utf8))
            let fields = try #require(idl.replies[method], "no reply documented for \(method)")
            #expect(idl.problems(object, against: fields, path: method) == [])
        }
    }
}
