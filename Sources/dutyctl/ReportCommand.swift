import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl report`: report an incident (突发事件), follow it up (续报) or pass it up (上报).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: tr("Report an incident (突发事件) at a unit; the level above must acknowledge it."),
        discussion: """
            Raises an incident alert at level 0: its recipients are notified at once, and it \
            climbs the escalation ladder until someone acknowledges it (or, under a policy with \
            mandatory_upward, until each level passes it up). Needs root or the admin group.

            Examples:
              sudo dutyctl report --unit dg-sy --summary "食堂疑似食物中毒" --severity high
              sudo dutyctl report --unit 东港区实验小学 --summary "教学楼停电" --severity 较大
              sudo dutyctl report --unit dg-sy --summary "学生溺水" --severity major --time "2026-10-02 14:05" \\
                --place "东港区河山镇水库" --kind 溺水 --casualties "1人送医" --actions "已拨打120，家长已赶到" \\
                --reporter 张伟 --contact 13906412345
              sudo dutyctl report follow-up I1 --note "学生已脱离危险" --written
              sudo dutyctl report pass-up I1
            """,
        subcommands: [ReportNewCommand.self, ReportFollowUpCommand.self, ReportPassUpCommand.self],
        defaultSubcommand: ReportNewCommand.self
    )

    /// The reply of a report, follow-up or pass-up, as a table.
    static func show(_ reply: ReportReply, global: GlobalOptions) {
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

/// `dutyctl report --unit U --summary S …`: a new incident with its structured fields.
struct ReportNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: tr("Report a new incident with what the rules ask: time, place, kind, casualties, actions, reporter, contact.")
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

    @Option(help: ArgumentHelp("When it happened, e.g. \"2026-10-02 14:05\" (the bureau's time).", valueName: "time"))
    var time: String?

    @Option(help: "Where it happened.")
    var place: String?

    @Option(help: ArgumentHelp("What kind of incident (火灾, 食物中毒, 溺水 …).", valueName: "kind"))
    var kind: String?

    @Option(help: "Casualties (伤亡情况).")
    var casualties: String?

    @Option(help: ArgumentHelp("What has been done so far (已采取的措施).", valueName: "text"))
    var actions: String?

    @Option(help: ArgumentHelp("Who reports it (报告人).", valueName: "name"))
    var reporter: String?

    @Option(help: ArgumentHelp("The number to call back (联系电话).", valueName: "phone"))
    var contact: String?

    func validate() throws {
        if summary.allSatisfy(\.isWhitespace) { throw ValidationError(tr("--summary must say what happened.")) }
    }

    func run() throws {
        let client = try global.connect()
        let details = IncidentFields(
            occurredAt: time, place: place, category: kind, casualties: casualties, actionsTaken: actions, reporter: reporter, contactNumber: contact)
        let request = ReportRequest(unit: try UnitLookup(client: client, argument: unit).id(for: unit), summary: summary, severity: severity?.rawValue, details: details)
        let reply = try client.call(DutydInterface.report, onBehalf.wrap(request), returning: ReportReply.self)
        if global.json { return try printJSON(reply) }
        ReportCommand.show(reply, global: global)
    }
}
