import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl hazards`: the hazard ledger, filtered, as a table, JSON, CSV or an .xlsx workbook.
struct HazardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazards",
        abstract: "List hazards of the imported ledgers, or export them as a ledger file.",
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
              dutyctl hazards --status rectified
              dutyctl hazards --export csv > 台账.csv
              dutyctl hazards --unit rz-dg --export xlsx > 东港区台账.xlsx
            """
    )

    /// Hazard statuses of the `io.dutyd` interface.
    enum Status: String, CaseIterable, ExpressibleByArgument {
        case open, rectifying, rectified, closed, reopened
    }

    /// Risk levels of the `io.dutyd` interface.
    enum Risk: String, CaseIterable, ExpressibleByArgument {
        case major, high, general, low
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only hazards at this unit and the units below it.", valueName: "unit-id"))
    var unit: String?

    @Option(help: "Only hazards in this status.")
    var status: Status?

    @Option(help: "Only hazards of this risk level.")
    var risk: Risk?

    @Flag(help: "Only hazards past their deadline and not reported rectified.")
    var overdue = false

    @Option(help: "Write the hazards as a ledger file to standard output instead of a table.")
    var export: ExportFormat?

    func validate() throws {
        if export != nil && global.json { throw ValidationError("--export and --json cannot be used together.") }
    }

    func run() throws {
        let request = HazardsRequest(unit: unit, status: status?.rawValue, risk: risk?.rawValue, overdue: overdue ? true : nil)
        let client = try global.connect()
        if let export {
            var exportRequest = request
            exportRequest.format = export.rawValue
            return try export.write(client, DutydInterface.exportLedger, exportRequest)
        }
        let reply = try client.call(DutydInterface.hazards, request, returning: HazardsReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.hazards.isEmpty else {
            let filtered = unit != nil || status != nil || risk != nil || overdue
            return print(filtered ? "no hazards match" : "no hazards: import a ledger with dutyctl import ledger FILE")
        }
        print(Self.table(reply.hazards, time: TimeHint(), style: .standardOutput()).render())
    }

    private static let descriptionWidth = 30
    private static let riskColumn = 1

    private static func table(_ hazards: [HazardInfo], time: TimeHint, style: TerminalStyle) -> TextTable {
        var table = TextTable(
            columns: [
                .init("ID"), .init("RISK"), .init("STATUS"), .init("UNIT"), .init("LOCATION"), .init("DESCRIPTION"),
                .init("RESPONSIBLE"), .init("DEADLINE"),
            ],
            rows: hazards.map { hazard in
                [
                    hazard.id, HazardInfo.riskNames[hazard.risk] ?? hazard.risk, HazardInfo.statusNames[hazard.status] ?? hazard.status,
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
