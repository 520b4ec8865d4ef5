import ArgumentParser
import DutyProtocol

/// `dutyctl daily send`: the day's reports go to the level above now.
struct DailySendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: tr("Send units' daily duty reports (值班日报) to the level above now."),
        discussion: """
            Each unit's report (of --unit only, or of every unit with a parent) goes to the duty \
            office of the unit above it (its head when it has none) through their channels: a \
            short Chinese text with the day's totals and the unit's note or zero report, fitted \
            to two SMS segments. Needs root or the admin group, or an [[admins]] scope over the unit.

            Examples:
              sudo dutyctl daily send --unit dg-sy
              sudo dutyctl daily send --date 2026-10-02
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Option(help: ArgumentHelp("Only this unit's report, by id or name.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("The day, such as 2026-10-01 (default: today).", valueName: "date"))
    var date: String?

    func run() throws {
        let client = try global.connect()
        let request = SendDailyReportRequest(unit: try UnitLookup.resolve(unit, client: client), date: date)
        let reply = try client.call(DutydInterface.sendDailyReport, onBehalf.wrap(request), returning: SendDailyReportReply.self)
        if global.json { return try printJSON(reply) }
        print("\(reply.date) 值班日报已报送上级：\(reply.units.count) 个单位，\(reply.notifications) 条通知")
    }
}
