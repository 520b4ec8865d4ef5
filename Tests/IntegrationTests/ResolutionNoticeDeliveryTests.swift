import Foundation
import Testing

/// A resolution reaches, through the real command channel, everyone the alert was sent to.
@Suite("Resolution notices through a command channel")
struct ResolutionNoticeDeliveryTests {
    /// The lines `recipient|text` the gateway script received, in order.
    static func received(_ scratch: URL) -> [String] {
        ((try? String(contentsOf: scratch.appending(path: "sent"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test("after a restart, resolving tells the county duty office by the same channel once, with who resolved it and the note")
    func toldOnceAfterRestart() throws {
        let (daemon, scratch) = try CommandChannelTests.daemon(
            timeout: "5s", maxAttempts: 3, script: "printf '%s|%s\\n' \"$DUTYD_RECIPIENT\" \"$DUTYD_TEXT\" >> $DIR/sent")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])
        #expect(try eventually(within: 15) { Self.received(scratch).count == 1 })
        let first = Self.received(scratch)
        #expect(first.first?.hasPrefix("dg-zhao|【dutyd·第0级】赵文博") == true, "\(first)")

        #expect(daemon.stop() == 0)
        try daemon.start()
        let resolved = try daemon.dutyctl(["resolve", "1", "--note", "已断电检修", "--for", "李红梅"])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(try eventually(within: 15) { Self.received(scratch).count == 2 })
        let notice = Self.received(scratch).last ?? ""
        #expect(notice.hasPrefix("dg-zhao|【dutyd·已办结】赵文博：东港区实验小学突发事件"), "\(notice)")
        #expect(notice.hasSuffix("——配电箱冒烟，已由\(NSUserName())（代李红梅）办结。说明：已断电检修"), "\(notice)")
        #expect(daemon.log().contains("[resolution_noticed] alert 1 resolved by"), "\(daemon.log())")

        Thread.sleep(forTimeInterval: 1)
        #expect(Self.received(scratch).count == 2, "told once: \(Self.received(scratch))")
        let again = try daemon.dutyctl(["resolve", "1"])
        #expect(again.status == 1 && Self.received(scratch).count == 2)
    }
}
