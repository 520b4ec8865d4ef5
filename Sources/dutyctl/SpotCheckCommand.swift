import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl spotcheck`: ask a unit's duty officer to confirm presence now (电话抽查).
struct SpotCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spotcheck",
        abstract: "Ask the duty officer on duty at a unit now to confirm presence in time (电话抽查).",
        discussion: """
            The officer is notified and must confirm with `dutyctl checkin` within the \
            spot-check window ([duty] spot_check_window); otherwise an absent_at_spot_check \
            (脱岗) alert is raised and climbs. Needs root or the admin group.

            Examples:
              sudo dutyctl spotcheck dg-sy
              sudo dutyctl spotcheck ls-zx --json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: ArgumentHelp("The unit to check.", valueName: "unit-id"))
    var unit: String

    func run() throws {
        let reply = try global.connect().call(DutydInterface.spotCheck, onBehalf.wrap(SpotCheckRequest(unit: unit)), returning: SpotCheckReply.self)
        if global.json { return try printJSON(reply) }
        print(TextTable.keyValue([
            ("spot check", String(reply.spotCheck.id)),
            ("shift", reply.shift.id),
            ("unit", "\(reply.shift.unitName) (\(reply.shift.unit))"),
            ("duty officer", reply.shift.officerText),
            ("confirm by", TimeHint().annotated(reply.spotCheck.dueAt, deadline: true)),
        ]))
    }
}
