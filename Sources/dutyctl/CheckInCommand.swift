import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl checkin`: record that the duty officer is at the post.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Record that the duty officer is at the post: the shift's check-in and the answer to open spot checks.",
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

    @Option(help: ArgumentHelp("The unit whose current shift to check in.", valueName: "unit-id"))
    var unit: String?

    @Option(help: ArgumentHelp("The duty officer, by person id or name.", valueName: "person"))
    var person: String?

    func validate() throws {
        if shift == nil && unit == nil { throw ValidationError("Give a shift id, or --unit.") }
    }

    func run() throws {
        let request = CheckInRequest(shift: shift, unit: unit, person: person)
        let reply = try global.connect().call(DutydInterface.checkIn, onBehalf.wrap(request), returning: CheckInReply.self)
        if global.json { return try printJSON(reply) }
        let shift = reply.shift
        print(TextTable.keyValue([
            ("shift", shift.id),
            ("unit", "\(shift.unitName) (\(shift.unit))"),
            ("hours", "\(shift.startText) – \(shift.endText)"),
            ("duty officer", shift.officerText),
            ("checked in", shift.checkedInAt.map { "\($0) by \(shift.checkedInBy ?? "?")" } ?? "-"),
            ("spot checks", reply.confirmedSpotChecks.isEmpty ? "none open" : "confirmed " + reply.confirmedSpotChecks.map(String.init).joined(separator: ", ")),
        ]))
    }
}
