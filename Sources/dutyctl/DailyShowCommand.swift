import ArgumentParser
import DutyProtocol
import DutyTerminal

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
            holiday period of the calendar is refused.

            Examples:
              dutyctl daily
              dutyctl daily --date 2026-10-02 --unit rz-dg
              dutyctl daily --unit 东港区实验小学 --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The day, such as 2026-10-01 (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The unit, by id or name (default: the top of the tree).", valueName: "unit"))
    var unit: String?

    func run() throws {
        let client = try global.connect()
        let request = DailyReportRequest(date: date, unit: try UnitLookup.resolve(unit, client: client))
        let reply = try client.call(DutydInterface.dailyReport, request, returning: DailyReportReply.self)
        if global.json { return try printJSON(reply) }
        print("\(reply.unitName) \(reply.period) \(reply.date) 值班日报")
        for table in DailyText.tables(reply) {
            print("")
            print(table.title)
            print(table.table.render(width: global.tableWidth))
        }
        for line in reply.units where line.note != nil {
            print("\(line.unitName)备注：\(line.note ?? "")")
        }
    }
}
