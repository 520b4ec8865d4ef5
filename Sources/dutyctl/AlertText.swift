import DutyProtocol
import DutyTerminal

/// How several verbs show the parts of an alert.
extension AlertInfo {
    /// `2/4`: the current escalation level and the highest its unit reaches.
    var levelText: String {
        "\(level)/\(topLevel)"
    }

    /// One recipient a line, `name  phone  id`, aligned; `none` when nobody was reached.
    var recipientLines: String {
        guard !recipients.isEmpty else { return tr("none") }
        return TextTable(
            columns: [.init("NAME"), .init("PHONE"), .init("ID")],
            rows: recipients.map { [$0.name, $0.phone, $0.id] },
            showsHeader: false
        ).render()
    }
}
