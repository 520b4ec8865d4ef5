/// Why an SMS reply changed nothing, with the Chinese answer the gateway texts back.
public enum ReplyRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// No configured person has this mobile.
    case unknownSender(String)
    /// Several people share this mobile (ids listed): the reply cannot say who acted.
    case ambiguousSender(String, people: [String])
    /// The text is not a code with 确认 or 已处理.
    case unreadable(String)
    /// The person was never sent this code.
    case unknownCode(Int)
    /// The code's alert has ended.
    case stale(Int, alert: Int64)
    /// The code's alert is acknowledged already (by whom).
    case alreadyAcknowledged(Int, alert: Int64, by: String)

    /// What the gateway sends back to the phone.
    public var answer: String {
        switch self {
        case .unknownSender: "【dutyd】本号码未登记，回复无效。请联系值班室。"
        case .ambiguousSender: "【dutyd】本号码登记给多人，无法确认身份，回复无效。请联系值班室。"
        case .unreadable: "【dutyd】未能识别回复。请回复短信中的编号，如“3”确认，“3已处理”办结。"
        case .unknownCode(let code): "【dutyd】编号\(code)不存在，回复无效。请核对短信中的编号。"
        case .stale(let code, let alert): "【dutyd】编号\(code)对应的告警\(alert)已办结，无需回复。"
        case .alreadyAcknowledged(let code, let alert, let by): "【dutyd】编号\(code)对应的告警\(alert)已由\(by)确认。办结请回复“\(code)已处理”。"
        }
    }

    public var description: String {
        switch self {
        case .unknownSender(let phone): "no person is configured with the mobile \(phone)"
        case .ambiguousSender(let phone, let people): "the mobile \(phone) belongs to several people (\(people.joined(separator: ", "))); give each their own number"
        case .unreadable(let text): "the reply \"\(text)\" is not a code followed by nothing, 确认 or 已处理"
        case .unknownCode(let code): "code \(code) was never sent to this person"
        case .stale(let code, let alert): "code \(code) is for alert \(alert), which is resolved"
        case .alreadyAcknowledged(let code, let alert, let by): "code \(code) is for alert \(alert), already acknowledged by \(by)"
        }
    }
}

/// What an SMS reply did: the alert it acknowledged or resolved as the person, or why nothing.
public enum ReplyOutcome: Sendable {
    case accepted(Alert, SMSReply, person: Person)
    case refused(ReplyRefusal)

    /// What the gateway sends back to the phone.
    public var answer: String {
        switch self {
        case .accepted(let alert, let reply, _):
            reply.action == .acknowledge ? "【dutyd】已确认告警\(alert.id)，谢谢。处理完毕请回复“\(reply.code)已处理”。" : "【dutyd】告警\(alert.id)已办结，谢谢。"
        case .refused(let refusal): refusal.answer
        }
    }
}
