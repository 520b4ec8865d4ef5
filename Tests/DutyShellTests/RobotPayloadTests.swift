import DutyCore
@testable import DutyShell
import Foundation
import Testing

/// The group robots' bodies: @-mentions, and with `[web]` the read-only item page's link.
@Suite("Group robot payloads")
struct RobotPayloadTests {
    static func notification(itemLink: String?) -> OutboundNotification {
        var fields = ["unit": "东港区教育和体育局", "kind": "突发事件", "mentions": "13806331201,13806331202"]
        fields[ActionLinkText.itemField] = itemLink
        return OutboundNotification(
            key: "1/0/0/unit:rz/wecom", alertID: 1, level: 0, recipient: NotificationPlanner.unitRecipient("rz"), channel: "wecom",
            text: "【dutyd·第0级】东港区教育和体育局：配电箱冒烟", fields: fields, createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test("WeCom text and DingTalk markdown end with 查看详情 and the read-only page's link, and still @-mention by mobile")
    func itemLink() {
        let link = "https://duty.rzedu.cn/a/AAAAAAAAAAAAAAAAAAAAAA"
        let weCom = RobotPayload.weCom(Self.notification(itemLink: link))
        #expect(weCom.text.content == "【dutyd·第0级】东港区教育和体育局：配电箱冒烟\n查看详情：\(link)")
        #expect(weCom.text.mentioned_mobile_list == ["13806331201", "13806331202"])
        let dingTalk = RobotPayload.dingTalk(Self.notification(itemLink: link))
        #expect(dingTalk.markdown.text.contains("配电箱冒烟\n\n[查看详情](\(link))\n\n@13806331201 @13806331202"))
        #expect(dingTalk.at.atMobiles == ["13806331201", "13806331202"])
    }

    @Test("without [web] the bodies carry no link")
    func noLink() {
        #expect(RobotPayload.weCom(Self.notification(itemLink: nil)).text.content == "【dutyd·第0级】东港区教育和体育局：配电箱冒烟")
        #expect(!RobotPayload.dingTalk(Self.notification(itemLink: nil)).markdown.text.contains("查看详情"))
    }

    @Test("at delivery a group message's link is minted read-only (no person) and a person's bound to them; only the hash is stored")
    func minting() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "dutyd-minting-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try StateStore(directory: directory)
        let configuration = Configuration(daemon: DaemonSettings(), data: DataFiles(), tree: OrgTree(units: []), people: [], channels: [], policies: [])
        let url = "https://duty.rzedu.cn/a/" + ActionLinkText.placeholder
        var group = Self.notification(itemLink: url)
        group.fields[ActionLinkText.subjectField] = "alert 1"
        let now = Date(timeIntervalSince1970: 1_777_593_600)
        let (sent, link) = try LinkMinting.minted(group, configuration: configuration, store: store, now: now)
        let token = try #require(sent.fields[ActionLinkText.itemField]?.dropFirst("https://duty.rzedu.cn/a/".count)).description
        #expect(LinkToken.isWellFormed(token) && sent.text == group.text)
        #expect(link?.person == nil && link?.subject == .alert(1))
        #expect(try store.link(hash: LinkToken.hash(token)) == link)

        var personal = group
        personal.recipient = "dg-sun"
        personal.text = "确认请打开：" + url
        let (mintedPersonal, personalLink) = try LinkMinting.minted(personal, configuration: configuration, store: store, now: now)
        #expect(personalLink?.person == "dg-sun" && !mintedPersonal.text.contains(ActionLinkText.placeholder))
        let (untouched, none) = try LinkMinting.minted(Self.notification(itemLink: nil), configuration: configuration, store: store, now: now)
        #expect(none == nil && untouched == Self.notification(itemLink: nil))
        #expect(try store.links(person: nil).count == 2)
    }
}
