import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl summary [UNIT]`: the roll-up of hazards reported upward.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: tr("Count hazards for a unit and each unit below it: by risk, status, overdue, and this period's progress."),
        discussion: """
            Each row counts the unit's own hazards and those of every unit below it, as bureaus \
            report upward (逐级上报). RECTIFIED/CLOSED IN PERIOD count hazards reported rectified and \
            closed since --since (default: the first day of this month) until now. 整改率 is the share \
            of the hazards reported rectified (rectified or closed). --export writes the same table \
            as CSV or as an Excel workbook (redirect it to a file).

            Examples:
              dutyctl summary
              dutyctl summary rz-dg
              dutyctl summary 东港区教育和体育局
              dutyctl summary rz --since 2026-09-01 --json
              dutyctl summary rz --since 2026-09-01 --export xlsx > 隐患汇总.xlsx
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The unit to report for, by id or name (default: the top of the tree).", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Start of the period, a date such as 2026-09-01.", valueName: "date"))
    var since: String?

    @Option(help: "Write the summary as a file (CSV, or an .xlsx workbook) to standard output instead of a table.")
    var export: ExportFormat?

    func validate() throws {
        if export != nil && global.json { throw ValidationError("--export and --json cannot be used together.") }
    }

    func run() throws {
        let client = try global.connect()
        let unit = try UnitLookup.resolve(unit, client: client)
        if let export {
            return try export.write(client, DutydInterface.exportSummary, SummaryRequest(unit: unit, since: since, format: export.rawValue))
        }
        let reply = try client.call(DutydInterface.summary, SummaryRequest(unit: unit, since: since), returning: SummaryReply.self)
        if global.json { return try printJSON(reply) }
        global.say(tr("period {0} until {1}", reply.since, reply.until))
        let table = TextTable(
            columns: [.init(tr("UNIT"), wrapsTo: 12)] + Self.figures.map { TextTable.Column(tr($0.header), alignment: .right, priority: $0.priority) }
                + [TextTable.Column("整改率", alignment: .right)],
            rows: reply.units.map { unit in
                [String(repeating: "  ", count: unit.depth) + unit.unitName] + Self.figures.map { String(unit[keyPath: $0.value]) }
                    + [unit.rectificationRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"]
            }
        )
        print(table.render(width: global.tableWidth))
    }

    /// The figures' columns in order; the higher the priority, the sooner a narrow terminal drops it.
    private static var figures: [(header: String, value: KeyPath<UnitSummaryInfo, Int>, priority: Int)] {
        [
            ("TOTAL", \.total, 0), ("重大", \.major, 0), ("较大", \.high, 0), ("一般", \.general, 0), ("低", \.low, 0),
            ("OPEN", \.open, 1), ("RECTIFYING", \.rectifying, 2), ("RECTIFIED", \.rectified, 6), ("CLOSED", \.closed, 4),
            ("REOPENED", \.reopened, 7), ("OVERDUE", \.overdue, 0), ("RECTIFIED IN PERIOD", \.rectifiedInPeriod, 5),
            ("CLOSED IN PERIOD", \.closedInPeriod, 3),
        ]
    }
}
