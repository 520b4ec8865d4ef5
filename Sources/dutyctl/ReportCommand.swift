import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl report`: report an incident (突发事件) at a unit.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: tr("Report an incident (突发事件) at a unit; the level above must acknowledge it."),
        discussion: """
            Raises an incident alert at level 0: its recipients are notified at once, and it \
            climbs the escalation ladder until someone acknowledges it. Needs root or the admin group.

            Examples:
              sudo dutyctl report --unit dg-sy --summary "食堂疑似食物中毒" --severity high
              sudo dutyctl report --unit 东港区实验小学 --summary "教学楼停电" --severity 较大
              sudo dutyctl report --unit rz-dg --summary "Power cut at the exam centre"
            """
    )

    /// Incident severities, as the risk levels of the ledgers.
    enum Severity: String, WordArgument {
        case major, high, general, low

        static var words: WordTable { Vocabulary.riskLevels }
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Option(help: ArgumentHelp("The unit where it happened, by id or name.", valueName: "unit"))
    var unit: String

    @Option(help: "What happened, in one line.")
    var summary: String

    @Option(help: "How severe it is: \(Vocabulary.riskLevels.help) (default: general).")
    var severity: Severity?

    func validate() throws {
        if summary.allSatisfy(\.isWhitespace) { throw ValidationError(tr("--summary must say what happened.")) }
    }

    func run() throws {
        let client = try global.connect()
        let request = ReportRequest(unit: try UnitLookup(client: client, argument: unit).id(for: unit), summary: summary, severity: severity?.rawValue)
        let reply = try client.call(DutydInterface.report, onBehalf.wrap(request), returning: ReportReply.self)
        if global.json { return try printJSON(reply) }
        let alert = reply.alert
        print(TextTable.keyValue([
            (tr("incident"), reply.incident),
            (tr("alert"), "\(alert.id) (dutyctl show \(alert.id))"),
            (tr("unit"), "\(alert.unitName) (\(alert.unit))"),
            (tr("severity"), Vocabulary.riskLevels.show(alert.risk ?? "general")),
            (tr("level {0}", String(alert.level)), alert.recipientLines),
        ], width: global.tableWidth))
    }
}
