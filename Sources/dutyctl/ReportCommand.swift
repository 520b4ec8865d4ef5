import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl report`: report an incident (突发事件) at a unit.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report an incident (突发事件) at a unit; the level above must acknowledge it.",
        discussion: """
            Raises an incident alert at level 0: its recipients are notified at once, and it \
            climbs the escalation ladder until someone acknowledges it. Needs root or the admin group.

            Examples:
              sudo dutyctl report --unit rz-dg-syxx --summary "食堂疑似食物中毒" --severity high
              sudo dutyctl report --unit rz-dg --summary "Power cut at the exam centre"
            """
    )

    /// Incident severities, as the risk levels of the ledgers.
    enum Severity: String, CaseIterable, ExpressibleByArgument {
        case major, high, general, low
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Option(help: ArgumentHelp("The unit where it happened.", valueName: "unit-id"))
    var unit: String

    @Option(help: "What happened, in one line.")
    var summary: String

    @Option(help: "How severe it is (default: general).")
    var severity: Severity?

    func validate() throws {
        if summary.allSatisfy(\.isWhitespace) { throw ValidationError("--summary must say what happened.") }
    }

    func run() throws {
        let request = ReportRequest(unit: unit, summary: summary, severity: severity?.rawValue)
        let reply = try global.connect().call(DutydInterface.report, onBehalf.wrap(request), returning: ReportReply.self)
        if global.json { return try printJSON(reply) }
        let alert = reply.alert
        print(TextTable.keyValue([
            ("incident", reply.incident),
            ("alert", "\(alert.id) (dutyctl show \(alert.id))"),
            ("unit", "\(alert.unitName) (\(alert.unit))"),
            ("severity", alert.risk ?? "general"),
            ("level \(alert.level)", alert.recipientLines),
        ]))
    }
}
