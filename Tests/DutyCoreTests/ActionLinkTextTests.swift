import DutyCore
import Foundation
import Testing

/// With `[web]`, a notification to a person's own channel names their action link instead of a
/// dutyctl command, and an SMS with the link and a reply code still fits two segments.
@Suite("Action links in notification text")
struct ActionLinkTextTests {
    typealias At = SimulationClock

    /// The example holiday's state with `[web]` at `public_url`.
    static func state(publicURL: String = "https://duty.rzedu.cn") throws -> DutyState {
        var state = try DutyStateTests.state()
        var configuration = state.configuration
        configuration.web = WebSettings(publicURL: publicURL)
        _ = state.reconfigure(configuration, now: At.at(5, 1, 0))
        return state
    }

    @Test("an SMS about an incident at the longest-named school with a long summary keeps the whole link and the reply code within 140 characters; the journal keeps the dutyctl command")
    func longestSMS() throws {
        var state = try Self.state()
        let long = String(repeating: "教学楼三层东侧配电箱冒烟并伴有焦糊味", count: 6)
        var sent = state.handle(.report(unit: "ls-hf", summary: long, severity: .major, actor: "root"), now: At.at(5, 1, 9)).effects.notifications
        sent += state.check(now: At.at(5, 1, 11)).notifications
        let url = "https://duty.rzedu.cn/a/" + ActionLinkText.placeholder
        let sms = sent.filter { $0.channel == "sms" && $0.alertID == 1 }
        #expect(!sms.isEmpty)
        for notification in sms {
            #expect(notification.text.utf16.count <= SMSText.limit, "\(notification.text)")
            #expect(notification.text.contains("岚山区虎山镇中学"), "\(notification.text)")
            #expect(notification.text.hasSuffix("…确认请打开：" + url + "（回复\(notification.fields["reply_code"] ?? "")确认，回复\(notification.fields["reply_code"] ?? "")已处理即办结）"), "\(notification.text)")
            #expect(notification.fields["ack"] == url && notification.fields[ActionLinkText.subjectField] == "alert 1")
            #expect(!notification.text.contains("dutyctl"))
        }
        let journal = try #require(sent.first { $0.channel == "journal" && $0.recipient == sms[0].recipient })
        #expect(journal.text.hasSuffix("确认请执行：dutyctl ack 1") && journal.fields[ActionLinkText.subjectField] == nil)
    }

    @Test("a short SMS is not shortened; the link is as long as a token, so the text sent is as long as the text queued")
    func shortSMS() throws {
        var state = try Self.state()
        var sent = state.handle(.report(unit: "ls-hf", summary: "走廊灯损坏", severity: .low, actor: "root"), now: At.at(5, 1, 9)).effects.notifications
        sent += state.check(now: At.at(5, 1, 14)).notifications
        let sms = try #require(sent.first { $0.channel == "sms" && $0.alertID == 1 })
        #expect(!sms.text.contains("…") && sms.text.contains("走廊灯损坏"))
        #expect(ActionLinkText.placeholder.count == 22)
    }

    @Test("without [web] the same notification names the dutyctl command, as before")
    func withoutWeb() throws {
        var state = try DutyStateTests.state()
        var sent = state.handle(.report(unit: "ls-hf", summary: "走廊灯损坏", severity: .low, actor: "root"), now: At.at(5, 1, 9)).effects.notifications
        sent += state.check(now: At.at(5, 1, 14)).notifications
        let sms = try #require(sent.first { $0.channel == "sms" && $0.alertID == 1 })
        #expect(sms.text.contains("确认请执行：dutyctl ack 1") && sms.fields[ActionLinkText.subjectField] == nil)
    }

    @Test("a group robot's message gets no personal link but the read-only alert page's link in item_link; without [web], none")
    func groupRobot() throws {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/dutyd.toml").standardized
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "# channels = [\"wecom\"]", with: "channels = [\"wecom\"]")
        var configuration = try ConfigDecoder.decode(text, file: "dutyd.toml")
        for web in [WebSettings(publicURL: "https://duty.rzedu.cn"), nil] {
            configuration.web = web
            var state = DutyState(configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(5, 1, 7), seed: 1), hazards: HazardBook(settings: configuration.hazards))
            let sent = state.handle(.report(unit: "rz-dg", summary: "配电箱冒烟", severity: .major, actor: "root"), now: At.at(5, 1, 9)).effects.notifications
            let group = try #require(sent.first { $0.recipient == NotificationPlanner.unitRecipient("rz") && $0.channel == "wecom" })
            #expect(group.fields[ActionLinkText.itemField] == web.map { $0.publicURL + "/a/" + ActionLinkText.placeholder })
            #expect(group.fields[ActionLinkText.subjectField] == web.map { _ in "alert 1" })
            #expect(group.text.hasSuffix("确认请执行：dutyctl ack 1") && !group.text.contains(ActionLinkText.placeholder))
        }
    }

    @Test("a shift reminder and a hazard reminder through the person's SMS channel name their shift and hazard links; the journal's copy keeps dutyctl checkin")
    func shiftAndHazardReminders() throws {
        var state = try Self.state()
        let reminders = state.check(now: At.at(5, 1, 7, 30)).notifications
        let url = "https://duty.rzedu.cn/a/" + ActionLinkText.placeholder
        let sms = try #require(reminders.first { $0.recipient == "sy-chen" && $0.channel == "sms" })
        #expect(sms.text.hasSuffix("前签到：" + url) && sms.text.utf16.count <= SMSText.limit, "\(sms.text)")
        #expect(sms.fields[ActionLinkText.subjectField] == "shift dg-sy/2026-05-01T08:00")
        let journal = try #require(reminders.first { $0.recipient == "sy-chen" && $0.channel == "journal" })
        #expect(journal.text.hasSuffix("前签到：dutyctl checkin dg-sy/2026-05-01T08:00"))

        var (book, alerts, configuration) = try HazardLifecycleTests.imported()
        configuration.web = WebSettings(publicURL: "https://duty.rzedu.cn")
        let events = book.check(now: At.at(9, 25, 8), configuration: configuration, alerts: &alerts).hazardEvents.filter { $0.hazardID == "dg-yey-2" }
        let reminder = try #require(ReminderPlanner(configuration: configuration).notifications(for: events, book: book).first)
        #expect(reminder.text.hasSuffix("详情：" + url) && reminder.fields[ActionLinkText.subjectField] == "hazard dg-yey-2", "\(reminder.text)")
    }
}
