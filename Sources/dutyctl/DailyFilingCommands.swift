import ArgumentParser
import DutyProtocol

/// `dutyctl daily note TEXT`: a unit's note for its daily report (值班日报).
struct DailyNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: tr("File a unit's note for its daily duty report (值班日报) before the day's deadline."),
        discussion: """
            The note goes with the unit's report to the level above. A later note (or zero report) \
            before the [daily_report] deadline replaces the earlier one; after it a unit that \
            filed nothing may still file late (补报: shown as late, its daily_report_missing alert \
            resolved), and a unit that filed is refused. --unit defaults to the unit of a scoped administrator. Needs root or the \
            admin group, or an [[admins]] scope over the unit.

            Examples:
              sudo dutyctl daily note --unit dg-sy "值班正常，摔伤学生已出院"
              sudo dutyctl daily note --unit 东港区实验小学 --date 2026-10-02 --for 刘洋 "门卫室配电箱已更换"
            """
    )

    @OptionGroup var filing: DailyFilingOptions

    @Argument(help: "What the unit reports for the day.")
    var text: String

    func validate() throws {
        if text.allSatisfy(\.isWhitespace) { throw ValidationError(tr("The note must say what happened; file a zero report with dutyctl daily zero.")) }
    }

    func run() throws {
        try filing.file(note: text)
    }
}

/// `dutyctl daily zero`: a unit's zero report (零报告) for the day: nothing happened.
struct DailyZeroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zero",
        abstract: tr("File a unit's zero report (零报告) for the day: nothing happened."),
        discussion: """
            After the day's [daily_report] deadline only a unit that filed nothing may file, \
            late (补报). --unit defaults to the unit of a \
            scoped administrator. Needs root or the admin group, or an [[admins]] scope over the unit.

            Examples:
              sudo dutyctl daily zero --unit dg-sz
            """
    )

    @OptionGroup var filing: DailyFilingOptions

    func run() throws {
        try filing.file(note: nil)
    }
}

/// The options of both filings, `dutyctl daily note` and `dutyctl daily zero`, and how they are sent.
struct DailyFilingOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Option(help: ArgumentHelp("The unit filing, by id or name.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("The day, such as 2026-10-01 (default: today).", valueName: "date"))
    var date: String?

    /// Files `note` (nil: a zero report) and says what was filed.
    func file(note: String?) throws {
        let client = try global.connect()
        let request = FileDailyReportRequest(unit: try UnitLookup.resolve(unit, client: client), date: date, note: note)
        let reply = try client.call(DutydInterface.fileDailyReport, onBehalf.wrap(request), returning: FileDailyReportReply.self)
        if global.json { return try printJSON(reply) }
        let what = reply.filed == "zero" ? "零报告" : "值班日报备注"
        print("\(reply.unitName) \(reply.date) \(what)\(reply.late ? "已补报" : "已报送")（\(reply.filedBy)，\(ShiftInfo.brief(reply.filedAt))）")
    }
}
