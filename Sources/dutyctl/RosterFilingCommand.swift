import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster filing`: which units have filed (报备) their holiday roster, and which have not.
struct RosterFilingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filing",
        abstract: tr("Show which units have filed (报备) their holiday roster and which have not."),
        discussion: """
            Every unit that keeps a holiday roster ([duty] staffed_units, else the units in the \
            rosters), for --period (default: the first holiday period not yet over): filed \
            (when, by whom) or not filed, and whether its deadline was missed.

            Examples:
              dutyctl roster filing
              dutyctl roster filing --period 国庆节 --unit rz-dg --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The holiday period, as the calendar names it.", valueName: "name"))
    var period: String?

    @Option(help: ArgumentHelp("Only this unit (id or name) and the units below it.", valueName: "unit"))
    var unit: String?

    func run() throws {
        let client = try global.connect()
        let request = RosterFilingsRequest(period: period, unit: try UnitLookup.resolve(unit, client: client))
        let reply = try client.call(DutydInterface.rosterFilings, request, returning: RosterFilingsReply.self)
        if global.json { return try printJSON(reply) }
        print("\(reply.period)  \(tr("filing deadline")) \(reply.deadline.map { ShiftInfo.brief($0) } ?? "-")")
        print(TextTable(
            columns: [.init(tr("UNIT"), wrapsTo: 10), .init(tr("STATE")), .init(tr("FILED")), .init(tr("BY"), priority: 1, wrapsTo: 20)],
            rows: reply.filings.map { filing in
                let state = filing.filedAt == nil ? tr("not filed") : filing.missedAt == nil ? tr("filed") : tr("filed late")
                return [filing.unitName, state, filing.filedAt.map { ShiftInfo.brief($0) } ?? "-", filing.filedBy ?? "-"]
            }).render(width: global.tableWidth))
    }
}
