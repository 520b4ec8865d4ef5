import DutyProtocol
import DutyTerminal

/// How several verbs show the parts of a hazard.
extension HazardInfo {
    /// `较大 (high)`.
    var riskText: String {
        "\(Self.riskNames[risk] ?? risk) (\(risk))"
    }

    /// `rectifying (整改中)`, with `, overdue` when it is.
    var statusText: String {
        "\(status) (\(Self.statusNames[status] ?? status))" + (overdue ? ", overdue" : "")
    }

    /// `09-20 24:00 (overdue 2d)` while rectification is awaited; the bare local time once rectified or closed.
    func deadlineCell(_ time: TimeHint) -> String {
        guard status != "rectified" && status != "closed" else { return String(deadline.dropFirst(5).prefix(11)).replacing("T", with: " ") }
        return time.brief(deadline, deadline: true)
    }

    static let riskNames = ["major": "重大", "high": "较大", "general": "一般", "low": "低"]
    static let statusNames = ["open": "未整改", "rectifying": "整改中", "rectified": "已整改", "closed": "已销号", "reopened": "重新整改"]

    /// The colours of the risk levels in the bureaus' ledgers.
    static let riskColour: [String: TerminalStyle.Attribute] = [
        "major": .red, "high": .orange, "general": .yellow, "low": .blue,
    ]
}
