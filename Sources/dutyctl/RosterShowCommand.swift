import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster show`: the duty roster as a table, its gaps, or one person's shifts as iCalendar.
struct RosterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the duty roster (值班表) as a table, with --gaps its faults, or with --ical one person's shifts.",
        discussion: """
            Shifts overlapping --from..--to (dates, or times in the bureau's zone) at the unit \
            and the units below it. --gaps lists holiday hours in which a unit that must be \
            staffed has no duty officer (no_duty_officer) or no leader on duty \
            (no_leader_on_duty), and overlapping or back-to-front shifts. --ical writes the             shifts of one person (id or name) as an iCalendar file (RFC 5545) that phone and             desktop calendars import.

            Examples:
              dutyctl roster --unit rz-dg --from 2026-10-01 --to 2026-10-03
              dutyctl roster --gaps
              dutyctl roster --gaps --json
              dutyctl roster --ical 陈静 > 陈静-值班.ics
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this unit and the units below it.", valueName: "unit-id"))
    var unit: String?

    @Option(help: ArgumentHelp("From this date or time (default: the roster's start).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Up to this date (inclusive) or time (default: the roster's end).", valueName: "time"))
    var to: String?

    @Flag(help: "Show the roster's gaps instead of its shifts; exit status 1 when there are any.")
    var gaps = false

    @Option(help: ArgumentHelp("Write this person's shifts as an iCalendar file to standard output.", valueName: "person"))
    var ical: String?

    func run() throws {
        if let ical {
            let reply = try global.connect().call(DutydInterface.shiftCalendar, ShiftCalendarRequest(person: ical), returning: ShiftCalendarReply.self)
            return print(reply.calendar, terminator: "")
        }
        let reply = try global.connect().call(DutydInterface.roster, RosterRequest(unit: unit, from: from, to: to), returning: RosterReply.self)
        if gaps {
            if global.json {
                try printJSON(GapsOutput(gaps: reply.gaps))
            } else if reply.gaps.isEmpty {
                print("no gaps")
            } else {
                print(TextTable(
                    columns: [.init("UNIT"), .init("KIND"), .init("FROM"), .init("TO"), .init("HOURS", alignment: .right), .init("HOLIDAY"), .init("SHIFTS")],
                    rows: reply.gaps.map { gap in
                        [gap.unitName, gap.kind, ShiftInfo.brief(gap.start), ShiftInfo.brief(gap.end), hoursText(gap.hours), gap.holiday ?? "-",
                         gap.shifts.isEmpty ? "-" : gap.shifts.joined(separator: " ")]
                    }).render())
            }
            if !reply.gaps.isEmpty { throw ExitCode(CLIError.failed) }
            return
        }
        if global.json { return try printJSON(reply) }
        guard !reply.shifts.isEmpty else { return print("no shifts") }
        print(ShiftInfo.table(reply.shifts, style: .standardOutput()).render())
    }

    /// `--gaps --json`: only the gaps.
    struct GapsOutput: Encodable {
        var gaps: [RosterGapInfo]
    }
}
