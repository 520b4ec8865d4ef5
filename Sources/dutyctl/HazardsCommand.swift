import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl hazards`: the hazard ledger, filtered, as a table, JSON, CSV or an .xlsx workbook.
struct HazardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazards",
        abstract: tr("List hazards of the imported ledgers, or export them as a ledger file."),
        discussion: """
            Hazards are listed by unit in the order of the organisation tree. --unit includes every \
            unit below it. DEADLINE is the rectification deadline (整改时限) in the bureau's time zone; \
            an overdue hazard is past it and not reported rectified.

            --export csv writes the hazards as a ledger in the columns dutyctl import ledger reads \
            (UTF-8 with BOM, which Excel opens), so an export imports back to the same ledger. \
            --export xlsx writes the same ledger as an Excel workbook (sheet 隐患台账, every cell text); \
            redirect it to a file.

            Examples:
              dutyctl hazards
              dutyctl hazards --unit rz-dg --risk major --overdue
              dutyctl hazards --unit 东港区教育和体育局 --risk 重大 --status 整改中
              dutyctl hazards --status rectified
              dutyctl hazards --export csv > 台账.csv
              dutyctl hazards --unit rz-dg --export xlsx > 东港区台账.xlsx
            """
    )

    /// Hazard statuses of the `io.dutyd` interface.
    enum Status: String, WordArgument {
        case open, rectifying, rectified, closed, reopened

        static var words: WordTable { Vocabulary.hazardStatuses }
    }

    /// Risk levels of the `io.dutyd` interface.
    enum Risk: String, WordArgument {
        case major, high, general, low

        static var words: WordTable { Vocabulary.riskLevels }
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only hazards at this unit (id or name) and the units below it.", valueName: "unit"))
    var unit: String?

    @Option(help: "Only hazards in this status, or its word: \(Vocabulary.hazardStatuses.help).")
    var status: Status?

    @Option(help: "Only hazards of this risk level, or its word: \(Vocabulary.riskLevels.help).")
    var risk: Risk?

    @Flag(help: "Only hazards past their deadline and not reported rectified.")
    var overdue = false

    @Option(help: "Write the hazards as a ledger file to standard output instead of a table.")
    var export: ExportFormat?

    func validate() throws {
        if export != nil && global.json { throw ValidationError(tr("--export and --json cannot be used together.")) }
    }

    func run() throws {
        let client = try global.connect()
        let request = HazardsRequest(
            unit: try UnitLookup.resolve(unit, client: client), status: status?.rawValue, risk: risk?.rawValue, overdue: overdue ? true : nil)
        if let export {
            var exportRequest = request
            exportRequest.format = export.rawValue
            return try export.write(client, DutydInterface.exportLedger, exportRequest)
        }
        let reply = try client.call(DutydInterface.hazards, request, returning: HazardsReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.hazards.isEmpty else {
            let filtered = unit != nil || status != nil || risk != nil || overdue
            return print(filtered ? tr("no hazards match") : tr("no hazards: import a ledger with dutyctl import ledger FILE"))
        }
        print(Self.table(reply.hazards, time: TimeHint(), style: .standardOutput()).render(width: global.tableWidth))
    }

    private static let descriptionWidth = 30
    private static let riskColumn = 1

    private static func table(_ hazards: [HazardInfo], time: TimeHint, style: TerminalStyle) -> TextTable {
        var table = TextTable(
            columns: [
                .init(tr("ID")), .init(tr("RISK")), .init(tr("STATUS")), .init(tr("UNIT"), priority: 2, wrapsTo: 8),
                .init(tr("LOCATION"), priority: 4, wrapsTo: 8), .init(tr("DESCRIPTION"), wrapsTo: 12),
                .init(tr("RESPONSIBLE"), priority: 3), .init(tr("DEADLINE"), wrapsTo: 11),
            ],
            rows: hazards.map { hazard in
                [
                    hazard.id, Vocabulary.riskLevels.display(hazard.risk, in: .chinese), Vocabulary.hazardStatuses.display(hazard.status, in: .chinese),
                    hazard.unitName, DisplayWidth.truncate(hazard.location, to: 16), DisplayWidth.truncate(hazard.description, to: descriptionWidth),
                    hazard.responsible,
                    hazard.deadlineCell(time),
                ]
            }
        )
        table.cellStyle = { row, column, text in
            column == riskColumn ? HazardInfo.riskColour[hazards[row].risk].map { style.apply($0, to: text) } ?? text : text
        }
        return table
    }
}
