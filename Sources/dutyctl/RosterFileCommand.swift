import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster file --unit U`: record that a unit filed (报备) its holiday roster.
struct RosterFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: tr("Record that a unit filed (报备) its holiday roster with the bureau."),
        discussion: """
            For the holiday period named by --period, by default the first one not yet over. \
            Filing again changes nothing. A unit that has not filed [duty] \
            roster_filing_deadline before the period starts raises roster_not_filed, which \
            climbs like any alert; filing late resolves it. Needs root, the admin group or an \
            [[admins]] group of the unit.

            Examples:
              sudo dutyctl roster file --unit 东港区实验小学
              sudo dutyctl roster file --unit dg-sy --period 国庆节 --for 刘洋
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Option(help: ArgumentHelp("The unit that filed, by id or name.", valueName: "unit"))
    var unit: String

    @Option(help: ArgumentHelp("The holiday period, as the calendar names it.", valueName: "name"))
    var period: String?

    func run() throws {
        let client = try global.connect()
        let request = FileRosterRequest(unit: try UnitLookup(client: client, argument: unit).id(for: unit), period: period)
        let reply = try client.call(DutydInterface.fileRoster, onBehalf.wrap(request), returning: FileRosterReply.self)
        if global.json { return try printJSON(reply) }
        let filing = reply.filing
        print(TextTable.keyValue([
            (tr("unit"), "\(filing.unitName) (\(filing.unit))"), (tr("period"), filing.period),
            (tr("filed"), "\(filing.filedAt ?? "-")  \(filing.filedBy ?? "")"),
        ], width: global.tableWidth))
    }
}
