import ArgumentParser
import DutyProtocol
import DutyTerminal
import Foundation

/// `dutyctl daily show`: a unit's daily duty report, its own lines and one line per unit below.
struct DailyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show the daily duty report (值班日报) of a unit for a day of a holiday period."),
        discussion: """
            Assembled from what dutyd knows of the day: the unit's shifts (on time, late, missed \
            check-in), spot checks and what they found, incidents reported and follow-ups (续报), \
            then one line for the unit itself, one line per unit directly below it (summed over \
            everything below that unit) and the totals (合计): hazards found, reported rectified and \
            overdue that day, and the rectification rate (整改率) of the ledger. A date outside every \
            holiday period of the calendar is refused. --csv and --xlsx write the summary table to \
            a file for Excel; --html writes the whole report as a printable page (A4).

            Examples:
              dutyctl daily
              dutyctl daily --date 2026-10-02 --unit rz-dg
              dutyctl daily --unit 东港区实验小学 --json
              dutyctl daily --date 2026-10-02 --unit rz --xlsx 值班日报.xlsx --html 值班日报.html
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The day, such as 2026-10-01 (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The unit, by id or name (default: the top of the tree).", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Also write the summary table as CSV for Excel to this file.", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("Also write the summary table as an Excel workbook to this file.", valueName: "file"))
    var xlsx: String?

    @Option(help: ArgumentHelp("Also write the report as a printable HTML page to this file.", valueName: "file"))
    var html: String?

    func run() throws {
        let client = try global.connect()
        let request = DailyReportRequest(date: date, unit: try UnitLookup.resolve(unit, client: client))
        let reply = try client.call(DutydInterface.dailyReport, request, returning: DailyReportReply.self)
        for (path, format) in [(csv, "csv"), (xlsx, "xlsx")] {
            guard let path else { continue }
            var export = request
            export.format = format
            let file = try client.call(DutydInterface.exportDailyReport, export, returning: ExportLedgerReply.self)
            try write(file.xlsx.flatMap { Data(base64Encoded: $0) } ?? Data(file.csv.utf8), to: path)
        }
        if let html { try write(Data(DailyPage.html(reply).utf8), to: html) }
        if global.json { return try printJSON(reply) }
        print("\(reply.unitName) \(reply.period) \(reply.date) 值班日报")
        for table in DailyText.tables(reply) {
            print("")
            print(table.title)
            print(table.table.render(width: global.tableWidth))
        }
    }

    /// Writes an export; a file that cannot be written ends dutyctl with status 1.
    private func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(filePath: path))
        } catch {
            throw CLIError(message: tr("cannot write {0}: {1}", path, error.localizedDescription), status: CLIError.failed)
        }
    }
}
