import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl checkin`: record that the duty officer is at the post.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: tr("Record that the duty officer is at the post: the shift's check-in and the answer to open spot checks."),
        discussion: """
            Name the shift by id (as in reminders and `dutyctl oncall`), or give --unit (and \
            optionally --person) for the shift open for check-in now: from the reminder until \
            the shift ends. A check-in after the grace period is recorded, but the missed \
            check-in alert stays until someone resolves it. Needs root or the admin group.

            Examples:
              sudo dutyctl checkin dg-sy/2026-10-01T08:00
              sudo dutyctl checkin --unit dg-sy --person 陈静
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: ArgumentHelp("The shift's id, e.g. dg-sy/2026-10-01T08:00.", valueName: "shift-id"))
    var shift: String?

    @Option(help: ArgumentHelp("The unit whose current shift to check in, by id or name.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("The duty officer, by person id or name.", valueName: "person"))
    var person: String?

    func validate() throws {
        if shift == nil && unit == nil { throw ValidationError(tr("Give a shift id, or --unit.")) }
    }

    func run() throws {
        let client = try global.connect()
        let request = CheckInRequest(shift: shift, unit: try UnitLookup.resolve(unit, client: client), person: person)
        let reply = try client.call(DutydInterface.checkIn, onBehalf.wrap(request), returning: CheckInReply.self)
        if global.json { return try printJSON(reply) }
        let shift = reply.shift
        let confirmed = reply.confirmedSpotChecks.map(String.init).joined(separator: ", ")
        print(TextTable.keyValue([
            (tr("shift"), shift.id),
            (tr("unit"), "\(shift.unitName) (\(shift.unit))"),
            (tr("hours"), "\(shift.startText) – \(shift.endText)"),
            (tr("duty officer"), shift.officerText),
            (tr("checked in"), shift.checkedInAt.map { tr("{0} by {1}", $0, shift.checkedInBy ?? "?") } ?? "-"),
            (tr("spot checks"), reply.confirmedSpotChecks.isEmpty ? tr("none open") : tr("confirmed {0}", confirmed)),
        ], width: global.tableWidth))
    }
}
