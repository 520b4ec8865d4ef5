import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl alerts`: the alerts that need attention, or those matching filters.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: tr("List alerts, newest first: the open ones unless --state says otherwise."),
        discussion: """
            Open alerts are triggered (nobody has acknowledged them; they climb the escalation \
            ladder) or acknowledged (someone has them in hand; they must be resolved). LEVEL is \
            the current escalation level and the highest its unit reaches. NEXT ESCALATION is when \
            a triggered alert climbs unless acknowledged, or the deadline for resolving an \
            acknowledged one, in the bureau's time zone.

            Examples:
              dutyctl alerts
              dutyctl alerts --unit rz-dg --kind hazard_overdue
              dutyctl alerts --unit 东港区教育和体育局 --state 已确认
              dutyctl alerts --state all --level 2
              dutyctl alerts --json
            """
    )

    /// Alert states to list.
    enum StateFilter: String, WordArgument {
        case triggered, acknowledged, resolved, all

        static var words: WordTable { Vocabulary.alertStates }
    }

    /// Alert kinds of the `io.dutyd` interface.
    enum Kind: String, WordArgument {
        case missedCheckin = "missed_checkin"
        case absentAtSpotCheck = "absent_at_spot_check"
        case hazardOverdue = "hazard_overdue"
        case rectificationUnverified = "rectification_unverified"
        case incident
        case rosterNotFiled = "roster_not_filed"
        case dailyReportMissing = "daily_report_missing"

        static var words: WordTable { Vocabulary.alertKinds }
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only alerts in this state, or its word: \(Vocabulary.alertStates.help) (default: the open ones, triggered and acknowledged).")
    var state: StateFilter?

    @Option(help: ArgumentHelp("Only alerts at this unit (id or name) and the units below it.", valueName: "unit"))
    var unit: String?

    @Option(help: "Only alerts of this kind, or its word: \(Vocabulary.alertKinds.help).")
    var kind: Kind?

    @Option(help: "Only alerts at this escalation level (0: the person responsible).")
    var level: Int?

    func validate() throws {
        if let level, level < 0 { throw ValidationError(tr("--level must be 0 or more.")) }
    }

    func run() throws {
        let client = try global.connect()
        let request = AlertsRequest(state: state?.rawValue, unit: try UnitLookup.resolve(unit, client: client), kind: kind?.rawValue, level: level)
        if global.json { return printJSON(raw: try client.callRaw(DutydInterface.alerts, request)) }
        let reply = try client.call(DutydInterface.alerts, request, returning: AlertsReply.self)
        guard !reply.alerts.isEmpty else {
            let filtered = state != nil || unit != nil || kind != nil || level != nil
            return print(filtered ? tr("no alerts match") : tr("no open alerts"))
        }
        print(Self.table(reply.alerts, time: TimeHint(), style: .standardOutput()).render(width: global.tableWidth))
    }

    private static let summaryWidth = 40
    private static let stateColumn = 1
    private static let riskColumn = 4

    private static func table(_ alerts: [AlertInfo], time: TimeHint, style: TerminalStyle) -> TextTable {
        var table = TextTable(
            columns: [
                .init(tr("ID"), alignment: .right), .init(tr("STATE")), .init(tr("LEVEL"), alignment: .right, priority: 4),
                .init(tr("KIND"), priority: 2), .init(tr("RISK"), priority: 3), .init(tr("UNIT"), wrapsTo: 12),
                .init(tr("SUMMARY"), wrapsTo: 20), .init(tr("NEXT ESCALATION"), wrapsTo: 11),
            ],
            rows: alerts.map { alert in
                [
                    "\(alert.id)", Vocabulary.alertStates.show(alert.state), alert.levelText, Vocabulary.alertKinds.show(alert.kind),
                    alert.risk.map(Vocabulary.riskLevels.show) ?? "-", alert.unitName,
                    DisplayWidth.truncate(alert.summary, to: summaryWidth),
                    alert.nextEscalationAt.map { time.brief($0, deadline: true) } ?? "-",
                ]
            }
        )
        table.cellStyle = { row, column, text in
            let attribute: TerminalStyle.Attribute? =
                switch column {
                case stateColumn: stateColour[alerts[row].state]
                case riskColumn: riskColour[alerts[row].risk ?? ""]
                default: nil
                }
            return attribute.map { style.apply($0, to: text) } ?? text
        }
        return table
    }

    private static let stateColour: [String: TerminalStyle.Attribute] = [
        "triggered": .red, "acknowledged": .yellow, "resolved": .dim,
    ]

    /// The colours of the risk levels in the bureaus' ledgers.
    private static let riskColour: [String: TerminalStyle.Attribute] = [
        "major": .red, "high": .orange, "general": .yellow, "low": .blue,
    ]
}
