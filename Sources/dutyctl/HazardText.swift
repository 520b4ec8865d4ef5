import DutyProtocol
import DutyTerminal

/// How several verbs show the parts of a hazard.
extension HazardInfo {
    /// `较大 (high)`; under a Chinese locale `较大`.
    var riskText: String {
        let word = Vocabulary.riskLevels.display(risk, in: .chinese)
        return tr.language == .chinese ? word : "\(word) (\(risk))"
    }

    /// `rectifying (整改中)`, with `, overdue` when it is; under a Chinese locale `整改中，已逾期`.
    var statusText: String {
        let word = Vocabulary.hazardStatuses.display(status, in: .chinese)
        return (tr.language == .chinese ? word : "\(status) (\(word))") + (overdue ? tr(", overdue") : "")
    }

    /// `09-20 24:00 (overdue 2d)` while rectification is awaited; the bare local time once rectified or closed.
    func deadlineCell(_ time: TimeHint) -> String {
        guard status != "rectified" && status != "closed" else { return String(deadline.dropFirst(5).prefix(11)).replacing("T", with: " ") }
        return time.brief(deadline, deadline: true)
    }

    /// The colours of the risk levels in the bureaus' ledgers.
    static let riskColour: [String: TerminalStyle.Attribute] = [
        "major": .red, "high": .orange, "general": .yellow, "low": .blue,
    ]
}
