import DutyCore

/// The JSON bodies of the WeCom and DingTalk group robots, as their documentation gives them,
/// @-mentioning the people reached by mobile: a group message's `mentions` field, or the
/// person's own mobile when a robot is someone's personal channel. With `[web]`, a group message
/// ends with 查看详情 and the link to the read-only alert page (`item_link`): no personal link.
enum RobotPayload {
    /// WeCom: a `text` message, whose `mentioned_mobile_list` @-mentions by mobile (its
    /// markdown can mention only by WeCom user id).
    struct WeCom: Encodable {
        struct Text: Encodable {
            var content: String
            var mentioned_mobile_list: [String]
        }
        var msgtype = "text"
        var text: Text
    }

    /// DingTalk: a `markdown` message (actionCard cannot @-mention); `at.atMobiles` mentions, and
    /// each `@mobile` must also appear in the text for DingTalk to show it.
    struct DingTalk: Encodable {
        struct Markdown: Encodable {
            var title: String
            var text: String
        }
        struct At: Encodable {
            var atMobiles: [String]
            var isAtAll = false
        }
        var msgtype = "markdown"
        var markdown: Markdown
        var at: At
    }

    static func weCom(_ notification: OutboundNotification) -> WeCom {
        let link = notification.fields[ActionLinkText.itemField].map { "\n查看详情：\($0)" } ?? ""
        return WeCom(text: .init(content: notification.text + link, mentioned_mobile_list: mentions(notification)))
    }

    static func dingTalk(_ notification: OutboundNotification) -> DingTalk {
        let mobiles = mentions(notification)
        let title = "dutyd：\(notification.fields["unit"] ?? "")\(notification.fields["kind"] ?? "")"
        var text = "#### \(title)\n\n\(notification.text)"
        if let link = notification.fields[ActionLinkText.itemField] { text += "\n\n[查看详情](\(link))" }
        if !mobiles.isEmpty { text += "\n\n" + mobiles.map { "@\($0)" }.joined(separator: " ") }
        return DingTalk(markdown: .init(title: title, text: text), at: .init(atMobiles: mobiles))
    }

    /// The mobiles to @-mention.
    static func mentions(_ notification: OutboundNotification) -> [String] {
        let listed = notification.fields["mentions"] ?? notification.fields["mobile"] ?? ""
        return listed.split(separator: ",").map(String.init)
    }
}
