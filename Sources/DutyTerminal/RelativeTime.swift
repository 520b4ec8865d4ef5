/// Short human hints for how far away a moment is: `in 2h`, `in 1d 3h`, `5m ago`, `overdue 45m`,
/// `now`; in Chinese `2小时后`, `1天3小时后`, `5分钟前`, `逾期45分钟`, `现在`.
public enum RelativeTime {
    /// The hint for a moment `seconds` from now (negative: in the past). A deadline in the past
    /// reads `overdue …` instead of `… ago`. Under a minute either way is `now`; the two largest
    /// units are shown, rounded down.
    public static func hint(seconds: Int, deadline: Bool = false, language: MessageLanguage = .english) -> String {
        let magnitude = seconds.magnitude
        let chinese = language == .chinese
        guard magnitude >= 60 else { return chinese ? "现在" : "now" }
        let span = span(magnitude, units: chinese ? ("天", "小时", "分钟", "") : ("d", "h", "m", " "))
        if seconds > 0 { return chinese ? "\(span)后" : "in \(span)" }
        if deadline { return chinese ? "逾期\(span)" : "overdue \(span)" }
        return chinese ? "\(span)前" : "\(span) ago"
    }

    private static func span(_ seconds: UInt, units: (day: String, hour: String, minute: String, separator: String)) -> String {
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        if days > 0 { return hours > 0 ? "\(days)\(units.day)\(units.separator)\(hours)\(units.hour)" : "\(days)\(units.day)" }
        if hours > 0 { return minutes > 0 ? "\(hours)\(units.hour)\(units.separator)\(minutes)\(units.minute)" : "\(hours)\(units.hour)" }
        return "\(minutes)\(units.minute)"
    }
}
