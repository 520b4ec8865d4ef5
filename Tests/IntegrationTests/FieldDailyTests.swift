@testable import DutyShell
import DutyProtocol
import Foundation
import Testing

/// The daily report page (值班日报) behind a personal link: who may have one, and what it refuses.
@Suite("The daily report page refuses what dutyctl daily refuses")
struct FieldDailyTests {
    /// dutyd with `[web]`, a holiday from two days ago to two days ahead, and the example's `[daily_report]`
    /// due at `deadline` and sent then.
    static func holidayWeb(deadline: String = "23:59", logTarget: String = "console") throws -> WebHarness {
        let calendar = "[[holidays]]\nname = \"测试假期\"\nstart = \(DailyFilingIntegrationTests.day(-2))\nend = \(DailyFilingIntegrationTests.day(2))\n"
        return try WebHarness(
            logTarget: logTarget,
            configure: {
                $0.replacing(#/\ndeadline = "16:00".*\nsend_at = "17:00".*\n/#, with: "\ndeadline = \"\(deadline)\"\n")
            },
            prepare: { directory in try calendar.write(to: directory.appending(path: "config/calendars/2026.toml"), atomically: true, encoding: .utf8) })
    }

    /// The report of `unit` for today, as `dutyctl daily --json` has it.
    static func report(_ web: WebHarness, _ unit: String) throws -> DailyReportReply {
        try web.daemon.decode(DailyReportReply.self, ["daily", "--unit", unit, "--json"])
    }

    @Test("a daily link goes to a person of the unit or a unit above it; 马丽娟 of 岚山区第二中学 gets none for 东港区实验小学 (nothing stored); it expires with the holiday plus link_grace")
    func issue() throws {
        let web = try Self.holidayWeb()
        let chinese = ChineseCLITests.environment("zh_CN.UTF-8")
        let outside = try web.daemon.dutyctl(["links", "issue", "ez-ma", "daily", "dg-sy"], environment: chinese)
        #expect(outside.status != 0)
        #expect(outside.stderr.contains("值班日报链接只能发给本单位或上级单位的人员"), "\(outside.stderr)")
        #expect(!outside.stdout.contains("/a/"))
        let english = try web.daemon.dutyctl(["links", "issue", "ez-ma", "daily", "dg-sy"], environment: ChineseCLITests.environment("C.UTF-8"))
        #expect(english.stderr.contains("马丽娟 (ez-ma) belongs to 岚山区第二中学 (ls-ez), which is neither 东港区实验小学 (dg-sy) nor a unit above it"), "\(english.stderr)")
        #expect(try web.daemon.dutyctl(["links", "issue", "sy-liu", "daily", "nowhere"]).status != 0)
        // Notifications delivered meanwhile may carry links of their own: only daily links count here.
        let dailyLinks = { try web.daemon.decode(LinksReply.self, ["links", "list", "--json"]).links.filter { $0.kind == "daily" } }
        #expect(try dailyLinks().isEmpty)

        _ = try web.link(person: "sy-liu", subject: .daily("dg-sy"))
        _ = try web.link(person: "dg-zhao", subject: .daily("dg-sy"))
        _ = try web.link(person: nil, subject: .daily("dg-sy"))
        let listed = try dailyLinks()
        #expect(listed.count == 3 && listed.allSatisfy { $0.subject == "dg-sy" })
        // The holiday ends at midnight after its last day (in two days); link_grace defaults to a day.
        #expect(listed.allSatisfy { $0.expiresAt == "\(DailyFilingIntegrationTests.day(4))T00:00:00+08:00" }, "\(listed.map(\.expiresAt))")
    }

    @Test("a read-only daily link shows the report without forms and gets 403 on POST; a replayed form files once; another action with a spent form gets 409")
    func readOnlyAndReplay() throws {
        let web = try Self.holidayWeb()
        try web.startNginx()
        let readOnly = try web.link(person: nil, subject: .daily("rz-dg"))
        let county = try curl([web.url("/a/" + readOnly)])
        #expect(county.status == 200)
        #expect(county.body.contains("东港区教育和体育局 值班日报") && county.body.contains("测试假期"))
        #expect(county.body.contains("下级单位") && county.body.contains("东港区实验小学：未报"))
        #expect(!county.body.contains("<form"))
        #expect(try curl(["-d", "form=00", web.url("/a/\(readOnly)/zero")]).status == 403)

        let link = try web.link(person: "sy-liu", subject: .daily("dg-sy"))
        let page = try curl([web.url("/a/" + link)])
        #expect(page.body.contains(#"action="/a/\#(link)/zero""#) && page.body.contains(#"action="/a/\#(link)/note""#))
        let form = try #require(formToken(in: page.body))
        #expect(try curl(["-d", "form=\(form)", web.url("/a/\(link)/acknowledge")]).status == 403)
        #expect(try Self.report(web, "dg-sy").units[0].filed == "none")

        #expect(try curl(["-d", "form=\(form)&note=值班正常", web.url("/a/\(link)/note")]).status == 303)
        let filed = try Self.report(web, "dg-sy").units[0]
        #expect(filed.filed == "note" && filed.note == "值班正常" && filed.filedBy == "刘洋 <sy-liu> via link from 127.0.0.1")
        #expect(try curl(["-d", "form=\(form)&note=值班正常", web.url("/a/\(link)/note")]).status == 303)
        let otherAction = try curl(["-d", "form=\(form)", web.url("/a/\(link)/zero")])
        #expect(otherAction.status == 409)
        #expect(otherAction.body.contains("请勿重复提交"))
        #expect(try Self.report(web, "dg-sy").units[0] == filed)
        let after = try curl([web.url("/a/" + link)])
        #expect(after.body.contains("今日值班日报已报送") && after.body.contains("已报（刘洋") && !after.body.contains("<form"))
    }

    @Test("after the deadline the page says a filing now is late (补报) and still offers the forms; the 零报告 tapped is filed late, a second filing is refused with a Chinese page")
    func afterDeadline() throws {
        let web = try Self.holidayWeb()
        try web.startNginx()
        let link = try web.link(person: "sy-liu", subject: .daily("dg-sy"))
        let form = try #require(formToken(in: try curl([web.url("/a/" + link)]).body))
        try web.daemon.writeConfig(try web.daemon.readConfig().replacing("deadline = \"23:59\"", with: "deadline = \"00:00\""))
        #expect(try web.daemon.dutyctl(["reload"]).status == 0)

        let page = try curl([web.url("/a/" + link)])
        #expect(page.body.contains("今日值班日报已于 \(DailyFilingIntegrationTests.day(0)) 00:00 截止，现在报送记为补报"), "\(page.body)")
        #expect(page.body.contains(#"action="/a/\#(link)/zero""#))
        let fresh = try #require(formToken(in: page.body))
        #expect(try curl(["-d", "form=\(form)&note=", web.url("/a/\(link)/note")]).status == 400)
        #expect(try Self.report(web, "dg-sy").units[0].filed == "none")

        #expect(try curl(["-d", "form=\(form)", web.url("/a/\(link)/zero")]).status == 303)
        let filed = try Self.report(web, "dg-sy").units[0]
        #expect(filed.filed == "zero" && filed.late && filed.filedBy == "刘洋 <sy-liu> via link from 127.0.0.1")
        let again = try curl(["-d", "form=\(fresh)&note=补充情况", web.url("/a/\(link)/note")])
        #expect(again.status == 409)
        #expect(again.body.contains("值班日报已于 \(DailyFilingIntegrationTests.day(0)) 00:00 截止报送，未做任何更改"), "\(again.body)")
        #expect(try Self.report(web, "dg-sy").units[0] == filed)
        let after = try curl([web.url("/a/" + link)]).body
        #expect(after.contains("零报告（补报）") && !after.contains("<form"), "\(after)")
    }

    @Test("the 值班室 board lists today's filing of every unit of its subtree: 已报, 零报告, 未报")
    func boardFilings() throws {
        let web = try Self.holidayWeb()
        #expect(try web.daemon.dutyctl(["daily", "zero", "--unit", "dg-sz"]).status == 0)
        #expect(try web.daemon.dutyctl(["daily", "note", "--unit", "dg-sy", "值班正常"]).status == 0)
        let board = try curl(["http://127.0.0.1:\(web.webPort)/a/" + (try web.link(person: nil, subject: .board("rz-dg")))]).body
        #expect(board.contains("今日值班日报"))
        for line in ["东港区教育和体育局：未报", "东港区实验小学：已报", "东港区第三中学：零报告", "东港区第一幼儿园：未报"] {
            #expect(board.contains(line), "\(line)")
        }
        #expect(!board.contains("岚山区"))
    }
}
