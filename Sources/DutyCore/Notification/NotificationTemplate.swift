/// Renders notification text from a template with `{placeholder}` fields.
///
/// Placeholders: `{name}` (recipient), `{unit}`, `{kind}`, `{risk}`, `{summary}`, `{level}`,
/// `{action}`, `{elapsed}` (how long unacknowledged), `{alert}` (id) and `{ack}` (the exact
/// `dutyctl` command to acknowledge; the person's action link instead when `[web]` is configured
/// and the channel is a person's command or email channel).
public enum NotificationTemplate {
    public static let placeholders = ["name", "unit", "kind", "risk", "summary", "level", "action", "elapsed", "alert", "ack"]

    /// The default, in Chinese.
    public static let standard = "【dutyd·第{level}级】{name}：{unit}{kind}{risk}——{summary}。{action}，已{elapsed}未确认。确认请执行：{ack}"
    /// The default when `{ack}` is the person's action link (`[web]` configured, a personal channel).
    public static let standardWithLink = "【dutyd·第{level}级】{name}：{unit}{kind}{risk}——{summary}。{action}，已{elapsed}未确认。确认请打开：{ack}"

    /// What is wrong with a template (an unknown placeholder or an unclosed brace), or nil.
    public static func problem(in template: String) -> String? {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return "unclosed \"{\" in template" }
            let name = String(rest[rest.index(after: open)..<close])
            guard placeholders.contains(name) else {
                return "unknown placeholder {\(name)} in template; expected one of " + placeholders.map { "{\($0)}" }.joined(separator: ", ")
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// The template with every placeholder replaced by its value, in one pass: text in the
    /// values is never read as a placeholder, and braces that are no placeholder stay as written.
    public static func render(_ template: String, _ values: [String: String]) -> String {
        var text = ""
        text.reserveCapacity(template.utf8.count * 2)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let name = rest.index(after: open)
            if let close = rest[name...].firstIndex(of: "}"), placeholders.contains(String(rest[name..<close])) {
                text += values[String(rest[name..<close])] ?? ""
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[name...]
            }
        }
        text += rest
        return text
    }
}
