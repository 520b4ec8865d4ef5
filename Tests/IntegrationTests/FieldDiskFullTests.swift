@testable import DutyShell
import DutyProtocol
import Foundation
import Glibc
import Testing

/// A field page's change goes the way of dutyctl's: refused with a Chinese page while the state
/// database cannot be written, and made once when the same POST is retried after.
@Suite("field pages with the disk full", .serialized, .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
struct FieldDiskFullTests {
    @Test("确认收到 on a full disk gets 503 with a Chinese page and changes nothing; the retried POST acknowledges once, as the person via link")
    func acknowledgeOnAFullDisk() throws {
        let disk = SmallDisk()
        defer { disk.unmount() }
        let web = try WebHarness(prepare: { directory in try disk.mount(at: directory.appending(path: "state"), size: "4m") })
        defer { if web.daemon.process.isRunning { web.daemon.crash() } }
        try web.startNginx()
        #expect(try web.daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        let link = try web.link(person: "ez-ma", subject: .alert(1))
        let form = try #require(formToken(in: try curl([web.url("/a/" + link)]).body))
        let before = try FieldAbuseTests.history(web, 1)
        try disk.fill()

        let refused = try curl(["-d", "form=\(form)", web.url("/a/\(link)/acknowledge")])
        #expect(refused.status == 503)
        #expect(refused.body.contains("暂时无法保存"))
        #expect(try FieldAbuseTests.history(web, 1) == before)

        try disk.free()
        #expect(try eventually(within: 45) { try curl(["-d", "form=\(form)", web.url("/a/\(link)/acknowledge")]).status == 303 })
        #expect(try curl(["-d", "form=\(form)", web.url("/a/\(link)/acknowledge")]).status == 303)
        let acknowledged = try FieldAbuseTests.history(web, 1).filter { $0.action == "acknowledged" }
        #expect(acknowledged.count == 1)
        #expect(acknowledged.first?.actor.hasPrefix("马丽娟 <ez-ma> via link") == true)
    }
}
