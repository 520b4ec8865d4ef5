import DutyProtocol
import Foundation
import Testing

/// A county's group robot gets each level its people are reached at, @-mentioning them by mobile
/// in the format the robot's documentation gives.
@Suite("Group robots @-mention the people reached")
struct RobotMentionTests {
    /// dutyd with 东港区教育和体育局's own `format` robot posting to `receiver`; incidents climb every 2 s.
    static func daemon(_ format: String, posting receiver: WebhookReceiver) throws -> DaemonHarness {
        let channel = WebhookDeliveryTests.hook(format: format)
        let daemon = try DaemonHarness(configure: { text in
            FastPolicies.incidents(step: "2s", repeat: "1h", resolve: "1h")(text)
                .replacingOccurrences(of: "id = \"rz-dg\"\nname = \"东港区教育和体育局\"\nkind = \"county\"\n", with: "id = \"rz-dg\"\nname = \"东港区教育和体育局\"\nkind = \"county\"\nchannels = [\"robot\"]\n")
                .replacingOccurrences(of: "[[units]]\nid = \"sd\"", with: "[[channels]]\nid = \"robot\"\n\(channel)\n\n[[units]]\nid = \"sd\"")
        })
        try FileManager.default.createDirectory(at: daemon.directory.appending(path: "config/secrets"), withIntermediateDirectories: true)
        try receiver.url.write(to: daemon.directory.appending(path: "config/secrets/hook-url"), atomically: true, encoding: .utf8)
        return daemon
    }

    /// The robot bodies received, by level as the text names it (`第1级`).
    static func bodies(_ receiver: WebhookReceiver) throws -> [[String: JSONValue]] { try receiver.stats().bodies }

    @Test("WeCom: a text message whose mentioned_mobile_list names the mobiles reached at that level, none for a landline")
    func weCom() throws {
        let receiver = try WebhookReceiver()
        let daemon = try Self.daemon("wecom", posting: receiver)
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])
        #expect(try eventually(within: 20) { try Self.bodies(receiver).count >= 2 })
        let received = try Self.bodies(receiver).compactMap { body -> (content: String, mobiles: [JSONValue])? in
            guard body["msgtype"] == .string("text"), case .object(let text)? = body["text"], case .string(let content)? = text["content"],
                case .array(let mobiles)? = text["mentioned_mobile_list"] else { return nil }
            return (content, mobiles)
        }
        let level0 = try #require(received.first { $0.content.contains("第0级") })
        let level1 = try #require(received.first { $0.content.contains("第1级") })
        #expect(level0.mobiles.isEmpty, "赵文博 has only a landline")
        #expect(level1.mobiles == [.string("13806331201")], "孙立新's mobile")
        #expect(level1.content.hasPrefix("【dutyd·第1级】东港区教育和体育局：东港区实验小学突发事件"))
        #expect(!level1.content.contains("回复"), "no reply code in a group message")
    }

    @Test("DingTalk: a markdown message with at.atMobiles and the @mobile in its text")
    func dingTalk() throws {
        let receiver = try WebhookReceiver()
        let daemon = try Self.daemon("dingtalk", posting: receiver)
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])
        #expect(try eventually(within: 20) { try Self.bodies(receiver).count >= 2 })
        let level1 = try #require(try Self.bodies(receiver).first { body in
            guard case .object(let markdown)? = body["markdown"], case .string(let text)? = markdown["text"] else { return false }
            return text.contains("第1级")
        })
        #expect(level1["msgtype"] == .string("markdown"))
        #expect(level1["at"] == .object(["atMobiles": .array([.string("13806331201")]), "isAtAll": .bool(false)]))
        guard case .object(let markdown)? = level1["markdown"], case .string(let text)? = markdown["text"] else { return }
        #expect(markdown["title"] == .string("dutyd：东港区实验小学突发事件"))
        #expect(text.hasPrefix("#### dutyd：东港区实验小学突发事件\n\n【dutyd·第1级】东港区教育和体育局") && text.hasSuffix("\n\n@13806331201"), "\(text)")
    }
}
