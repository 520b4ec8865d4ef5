import DutyCore
import DutyProtocol
@testable import DutyShell
import Foundation
import Testing

/// With `[web]`, a person's notification names their action link, minted as it is delivered.
@Suite("Action links in delivered notifications", .serialized)
struct NotificationLinkTests {
    /// The notifications the command channel delivered, as the JSON it read on stdin, one a line.
    static func delivered(_ file: URL) -> [[String: String]] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        }
    }

    @Test("the delivered text names the link; opened in Chromium through nginx, 确认收到 acknowledges the alert as the person via link, in dutyctl show and the journal; the token is in no state file")
    func followTheDeliveredLink() throws {
        let journald = FileManager.default.fileExists(atPath: "/run/systemd/journal/socket")
        let scratch = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-links-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outbox = scratch.appending(path: "delivered.jsonl")
        let script = try CommandChannelTests.script("deliver.sh", in: scratch, "{ cat; echo; } >> \(outbox.path)")
        let channel = "type = \"command\"\ncommand = [\"\(script)\"]\nrate_per_minute = 6000"
        let web = try WebHarness(logTarget: journald ? "journal" : "console", configure: ChannelRewrite.everyone(to: "gateway", channel))
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)

        var notice: [String: String] = [:]
        #expect(eventually(within: 20) {
            notice = Self.delivered(outbox).first { $0["alert"] == "1" } ?? [:]
            return !notice.isEmpty
        })
        let text = try #require(notice["text"])
        let prefix = web.url("/a/")
        let range = try #require(text.range(of: prefix), "\(text)")
        let token = String(text[range.upperBound...].prefix(LinkToken.length))
        #expect(LinkToken.isWellFormed(token) && !text.contains("dutyctl") && !text.contains(ActionLinkText.placeholder), "\(text)")
        #expect(notice["ack"] == prefix + token)
        let person = try #require(notice["recipient"])
        let name = try #require(notice["name"])

        let page = try FieldBrowserTests.tap(prefix + token, button: "确认收到", done: "已确认收到", screenshots: "notification-link-acknowledge")
        #expect(page.contains("实验室漏水"))
        let shown = try web.daemon.decode(ShowAlertReply.self, ["show", "1", "--json"])
        #expect(shown.alert.acknowledgedBy == "\(name) <\(person)> via link from 127.0.0.1")
        let links = try web.daemon.decode(LinksReply.self, ["links", "list", person, "--json"]).links
        #expect(links.contains { $0.hash == String(LinkToken.hash(token).prefix(8)) && $0.kind == "alert" && $0.subject == "1" && $0.uses == 1 })

        let state = web.daemon.directory.appending(path: "state")
        for file in try FileManager.default.contentsOfDirectory(atPath: state.path) {
            guard let data = FileManager.default.contents(atPath: state.appending(path: file).path) else { continue }
            #expect(data.range(of: Data(token.utf8)) == nil, "\(file) holds the link")
        }
        if journald {
            let pid = web.daemon.process.processIdentifier
            var journal = ""
            #expect(eventually(within: 20) {
                journal = (try? run(URL(filePath: "/usr/bin/journalctl"), ["-o", "json", "--no-pager", "--merge", "_PID=\(pid)"]).stdout) ?? ""
                return journal.contains("acknowledged by \(name) <\(person)> via link")
            })
            #expect(journal.contains("dutyctl ack 1"), "the journal channel's entry keeps the dutyctl command")
            #expect(!journal.contains(token))
        } else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
        }
    }
}
