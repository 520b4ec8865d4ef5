import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl spotcheck`: ask a unit's duty officer to confirm presence now (电话抽查).
struct SpotCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spotcheck",
        abstract: tr("Ask the duty officer on duty at a unit now to confirm presence in time (电话抽查)."),
        discussion: """
            The officer is notified and must confirm with `dutyctl checkin` within the \
            spot-check window ([duty] spot_check_window); otherwise an absent_at_spot_check \
            (脱岗) alert is raised and climbs. Needs root or the admin group.

            Examples:
              sudo dutyctl spotcheck dg-sy
              sudo dutyctl spotcheck 东港区实验小学
              sudo dutyctl spotcheck ls-zx --json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: ArgumentHelp("The unit to check, by id or name.", valueName: "unit"))
    var unit: String

    func run() throws {
        let client = try global.connect()
        let request = SpotCheckRequest(unit: try UnitLookup(client: client, argument: unit).id(for: unit))
        let reply = try client.call(DutydInterface.spotCheck, onBehalf.wrap(request), returning: SpotCheckReply.self)
        if global.json { return try printJSON(reply) }
        print(TextTable.keyValue([
            (tr("spot check"), String(reply.spotCheck.id)),
            (tr("shift"), reply.shift.id),
            (tr("unit"), "\(reply.shift.unitName) (\(reply.shift.unit))"),
            (tr("duty officer"), reply.shift.officerText),
            (tr("confirm by"), TimeHint().annotated(reply.spotCheck.dueAt, deadline: true)),
        ], width: global.tableWidth))
    }
}
