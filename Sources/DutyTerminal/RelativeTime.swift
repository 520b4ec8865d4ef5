/// Short human hints for how far away a moment is: `in 2h`, `in 1d 3h`, `5m ago`, `overdue 45m`, `now`.
public enum RelativeTime {
    /// The hint for a moment `seconds` from now (negative: in the past). A deadline in the past
    /// reads `overdue …` instead of `… ago`. Under a minute either way is `now`; the two largest
    /// units are shown, rounded down.
    public static func hint(seconds: Int, deadline: Bool = false) -> String {
        let magnitude = seconds.magnitude
        guard magnitude >= 60 else { return "now" }
        let span = span(magnitude)
        if seconds > 0 { return "in \(span)" }
        return deadline ? "overdue \(span)" : "\(span) ago"
    }

    private static func span(_ seconds: UInt) -> String {
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : "\(days)d" }
        if hours > 0 { return minutes > 0 ? "\(hours)h \(minutes)m" : "\(hours)h" }
        return "\(minutes)m"
    }
}
