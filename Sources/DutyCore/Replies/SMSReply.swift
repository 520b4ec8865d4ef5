/// What a person texted back: a reply code and what to do with its item.
///
/// `3` or `3确认` acknowledges; `3已处理`, `3处理` or `3办结` resolves. Spaces and full-width
/// digits are allowed; anything else is unreadable.
public struct SMSReply: Sendable, Equatable {
    public enum Action: String, Sendable {
        case acknowledge, resolve
    }

    public var code: Int
    public var action: Action

    public init(code: Int, action: Action) {
        self.code = code
        self.action = action
    }

    /// The reply `text` spells, or nil.
    public init?(parsing text: String) {
        var digits = ""
        var rest = Substring(text.trimmingSpaces)
        while let first = rest.unicodeScalars.first, let digit = Self.digit(first) {
            digits.append(digit)
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 6, let code = Int(digits) else { return nil }
        switch String(rest).trimmingSpaces {
        case "", "确认", "收到": self.init(code: code, action: .acknowledge)
        case "已处理", "处理", "办结", "已办结": self.init(code: code, action: .resolve)
        default: return nil
        }
    }

    /// An ASCII or full-width digit as ASCII.
    private static func digit(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x30...0x39: Character(scalar)
        case 0xFF10...0xFF19: Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        default: nil
        }
    }
}
