import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl summary [UNIT]`: the roll-up of hazards reported upward.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Count hazards for a unit and each unit below it: by risk, status, overdue, and this period's progress.",
        discussion: """
            Each row counts the unit's own hazards and those of every unit below it, as bureaus \
            report upward (逐级上报). RECTIFIED/CLOSED IN PERIOD count hazards reported rectified and \
            closed since --since (default: the first day of this month) until now. 整改率 is the share \
            of the hazards reported rectified (rectified or closed). --export writes the same table \
            as CSV or as an Excel workbook (redirect it to a file).

            Examples:
              dutyctl summary
              dutyctl summary rz-dg
              dutyctl summary rz --since 2026-09-01 --json
              dutyctl summary rz --since 2026-09-01 --export xlsx > 隐患汇总.xlsx
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The unit to report for (default: the top of the tree).", valueName: "unit-id"))
    var unit: String?

    @Option(help: ArgumentHelp("Start of the period, a date such as 2026-09-01.", valueName: "date"))
    var since: String?

    @Option(help: "Write the summary as a file (CSV, or an .xlsx workbook) to standard output instead of a table.")
    var export: ExportFormat?

    func validate() throws {
        if export != nil && global.json { throw ValidationError("--export and --json cannot be used together.") }
    }

    func run() throws {
        if let export {
            return try export.write(global.connect(), DutydInterface.exportSummary, SummaryRequest(unit: unit, since: since, format: export.rawValue))
        }
        let reply = try global.connect().call(DutydInterface.summary, SummaryRequest(unit: unit, since: since), returning: SummaryReply.self)
        if global.json { return try printJSON(reply) }
        print("period \(reply.since) until \(reply.until)")
        let table = TextTable(
            columns: [.init("UNIT")] + [
                "TOTAL", "重大", "较大", "一般", "低", "OPEN", "RECTIFYING", "RECTIFIED", "CLOSED", "REOPENED", "OVERDUE",
                "RECTIFIED IN PERIOD", "CLOSED IN PERIOD", "整改率",
            ].map { TextTable.Column($0, alignment: .right) },
            rows: reply.units.map { unit in
                [String(repeating: "  ", count: unit.depth) + unit.unitName] + [
                    unit.total, unit.major, unit.high, unit.general, unit.low, unit.open, unit.rectifying, unit.rectified, unit.closed,
                    unit.reopened, unit.overdue, unit.rectifiedInPeriod, unit.closedInPeriod,
                ].map(String.init) + [unit.rectificationRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"]
            }
        )
        print(table.render())
    }
}
