@testable import DutyShell
import DutyProtocol
import Foundation
import Testing

extension FieldBrowserTests {
    @Test("刘洋 taps 零报告 on his daily link: dutyctl daily --json shows 东港区实验小学's zero report filed by him via link, and the journal names him")
    func zeroReportThroughLink() throws {
        let journald = FileManager.default.fileExists(atPath: "/run/systemd/journal/socket")
        let web = try FieldDailyTests.holidayWeb(logTarget: journald ? "journal" : "console")
        try web.startNginx()
        let link = web.url("/a/" + (try web.link(person: "sy-liu", subject: .daily("dg-sy"))))

        let page = try Self.tap(link, button: "零报告", done: "已报送零报告", screenshots: "daily-zero")
        #expect(page.contains("东港区实验小学 值班日报") && page.contains("零报告（刘洋"))
        #expect(page.contains("今日值班日报已报送") && !page.contains("报送备注"))

        let county = try FieldDailyTests.report(web, "rz-dg")
        let school = try #require(county.units.first { $0.unit == "dg-sy" })
        #expect(school.filed == "zero" && school.note == nil)
        #expect(school.filedBy == "刘洋 <sy-liu> via link from 127.0.0.1")
        if journald {
            #expect(Self.journalled(web, event: "daily_report_filed", containing: "filed by 刘洋 <sy-liu> via link from 127.0.0.1: zero report (零报告)"))
        } else {
            Issue.record("systemd-journald is not running: start /lib/systemd/systemd-journald as root (.ci/run does)")
        }
    }
}
