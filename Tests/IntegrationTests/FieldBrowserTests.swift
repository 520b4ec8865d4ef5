@testable import DutyShell
import DutyProtocol
import Foundation
import Testing

/// People act from their phones: real dutyd behind real nginx, pages driven by real headless Chromium.
@Suite("Field pages in a real browser", .serialized)
struct FieldBrowserTests {
    /// A python3 with Selenium and Debian's chromedriver, or nil (the test then fails and says what to install).
    static func python() throws -> URL? {
        let candidate = ProcessInfo.processInfo.environment["DUTYD_PYTHON"] ?? "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else { return nil }
        return try run(URL(filePath: candidate), ["-c", "import selenium"]).status == 0 ? URL(filePath: candidate) : nil
    }

    /// Where screenshots are kept: `.build/artifacts/field-pages/`.
    static let artifacts: URL = {
        let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../.build/artifacts/field-pages").standardized
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    /// Opens `url` in Chromium at 390×844, taps `button` and waits for `done`; returns the page's text.
    static func tap(_ url: String, button: String, done: String, screenshots name: String, note: String? = nil, photo: String? = nil) throws -> String {
        guard let python = try python() else {
            Issue.record("no Selenium and chromium-driver: apt-get install chromium chromium-driver fonts-noto-cjk, pip install selenium into $DUTYD_PYTHON's venv (.ci/run does)")
            return ""
        }
        let script = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Scripts/field_browser.py").path
        let result = try run(python, [script, url, button, done, artifacts.appending(path: name).path] + (note.map { ["--note", $0] } ?? []) + (photo.map { ["--photo", $0] } ?? []))
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Whether dutyd's journal shows, within 20 seconds, an entry of `event` whose message contains `text`.
    static func journalled(_ web: WebHarness, event: String, containing text: String) -> Bool {
        let pid = web.daemon.process.processIdentifier
        return eventually(within: 20) {
            let result = try? run(URL(filePath: "/usr/bin/journalctl"), ["-o", "cat", "--no-pager", "--merge", "_PID=\(pid)", "DUTYD_EVENT=\(event)"])
            return result?.stdout.contains(text) == true
        }
    }

    @Test("马丽娟 taps 确认收到 on her link: the alert is acknowledged by her, via link, in dutyctl show and the journal")
    func acknowledgeThroughLink() throws {
        let journald = FileManager.default.fileExists(atPath: "/run/systemd/journal/socket")
        let web = try WebHarness(logTarget: journald ? "journal" : "console")
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let link = web.url("/a/" + (try web.link(person: "ez-ma", subject: .alert(1))))

        let page = try Self.tap(link, button: "确认收到", done: "已确认收到", screenshots: "alert-acknowledge")
        #expect(page.contains("实验室漏水"))

        let shown = try web.daemon.decode(ShowAlertReply.self, ["show", "1", "--json"])
        #expect(shown.alert.state == "acknowledged")
        #expect(shown.alert.acknowledgedBy == "马丽娟 <ez-ma> via link from 127.0.0.1")
        #expect(shown.history.last?.actor == "马丽娟 <ez-ma> via link from 127.0.0.1")
        if journald {
            #expect(Self.journalled(web, event: "alert_acknowledged", containing: "acknowledged by 马丽娟 <ez-ma> via link"))
        } else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
        }
    }

    @Test("陈静 taps 到岗签到 on her shift link: the shift is checked in by her, via link; the page offers her shifts as iCalendar, which no other link gives")
    func checkInThroughLink() throws {
        let (text, start) = RosterTests.roster()
        let file = try RosterTests.scratchFile("roster.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let web = try WebHarness(configure: RosterTests.configure(rosterPath: file.path))
        try web.startNginx()
        let shift = "dg-sy/\(start.day)T\(start.time)"
        let link = web.url("/a/" + (try web.link(person: "sy-chen", subject: .shift(shift))))

        let page = try Self.tap(link, button: "到岗签到", done: "已签到", screenshots: "shift-checkin")
        #expect(page.contains("陈静"))
        let onCall = try web.daemon.dutyctl(["oncall", "dg-sy", "--json"]).stdout
        #expect(onCall.contains("<sy-chen> via link from 127.0.0.1"), "\(onCall)")

        #expect(page.contains("下载我的值班日历"), "\(page)")
        let served = try curl([link + "/shifts.ics"])
        let written = try web.daemon.dutyctl(["roster", "--ical", "sy-chen"]).stdout
        let events = { (text: String) in text.split(separator: "\r\n").filter { $0.hasPrefix("SUMMARY") || $0.hasPrefix("DTSTART") } }
        #expect(served.status == 200 && served.body.hasPrefix("BEGIN:VCALENDAR") && !events(served.body).isEmpty)
        #expect(events(served.body) == events(written), "the same shifts as dutyctl roster --ical")
        let readOnly = web.url("/a/" + (try web.link(person: nil, subject: .shift(shift))))
        #expect(try curl([readOnly + "/shifts.ics"]).status == 403)
    }

    @Test("马丽娟 reports 已整改 with a photo; she may not verify it (403), 罗军 taps 验收销号 and the hazard is closed by him")
    func rectifyAndVerifyThroughLinks() throws {
        let web = try WebHarness()
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["import", "ledger", web.daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path]).status == 0)
        let photo = web.daemon.directory.appending(path: "fixed.png")
        try Data(FieldFixtures.png).write(to: photo)
        let rectifierLink = try web.link(person: "ez-ma", subject: .hazard("ls-ez-4"))

        let rectified = try Self.tap(web.url("/a/" + rectifierLink), button: "已整改", done: "已报告整改完成", screenshots: "hazard-rectified", note: "已更换应急照明灯", photo: photo.path)
        #expect(rectified.contains("须由其他人验收销号"))
        let own = try curl([web.url("/a/" + rectifierLink)])
        #expect(!own.body.contains("/verify"))
        let selfVerify = try curl(["-d", "form=00", web.url("/a/\(rectifierLink)/verify")])
        #expect(selfVerify.status == 403)
        #expect(selfVerify.body.contains("须由其他人验收销号"))
        let photoPath = try #require(own.body.firstRange(of: #/src="(/a/[^"]+/photo/[^"]+)"/#).map { String(own.body[$0]).dropFirst(5).dropLast() })
        let served = web.daemon.directory.appending(path: "served.png")
        _ = try run(URL(filePath: "/usr/bin/curl"), ["-s", "-o", served.path, web.url(String(photoPath))])
        #expect(try Data(contentsOf: served) == Data(FieldFixtures.png))

        let verifierLink = try web.link(person: "ez-luo", subject: .hazard("ls-ez-4"))
        _ = try Self.tap(web.url("/a/" + verifierLink), button: "验收销号", done: "已验收销号", screenshots: "hazard-verified")
        let shown = try web.daemon.decode(ShowHazardReply.self, ["hazard", "show", "ls-ez-4", "--json"])
        #expect(shown.hazard.status == "closed")
        #expect(shown.history.map(\.actor).suffix(2) == ["马丽娟 <ez-ma> via link from 127.0.0.1", "罗军 <ez-luo> via link from 127.0.0.1"])
        #expect(shown.history.contains { $0.note?.contains("附整改照片 1 张") == true })
    }
}
