import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster show` (the default of `dutyctl roster`): the duty roster as a table, its gaps,
/// a roster file, or one person's shifts as iCalendar.
struct RosterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show the duty roster (值班表) as a table, with --gaps its faults, or with --ical one person's shifts."),
        discussion: """
            Shifts overlapping --from..--to (dates, or times in the bureau's zone) at the unit \
            and the units below it. --gaps lists holiday hours in which a unit that must be \
            staffed has no duty officer (no_duty_officer) or no leader on duty \
            (no_leader_on_duty), and overlapping or back-to-front shifts. --export writes the shifts \
            as a roster file (CSV, or an Excel workbook: redirect it to a file) in the columns \
            dutyd reads rosters in, so it can be loaded as a roster again. --ical writes the \
            shifts of one person (id or name) as an iCalendar file (RFC 5545) that phone and \
            desktop calendars import.

            Examples:
              dutyctl roster --unit rz-dg --from 2026-10-01 --to 2026-10-03
              dutyctl roster --unit 东港区实验小学
              dutyctl roster --gaps
              dutyctl roster --gaps --json
              dutyctl roster --unit rz-dg --export xlsx > 东港区值班表.xlsx
              dutyctl roster --ical 陈静 > 陈静-值班.ics
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this unit (id or name) and the units below it.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("From this date or time (default: the roster's start).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Up to this date (inclusive) or time (default: the roster's end).", valueName: "time"))
    var to: String?

    @Flag(help: "Show the roster's gaps instead of its shifts; exit status 1 when there are any.")
    var gaps = false

    @Option(help: "Write the shifts as a roster file (CSV, or an .xlsx workbook) to standard output instead of a table.")
    var export: ExportFormat?

    @Option(help: ArgumentHelp("Write this person's shifts as an iCalendar file to standard output.", valueName: "person"))
    var ical: String?

    func validate() throws {
        if export != nil && (global.json || gaps) { throw ValidationError("--export cannot be used with --json or --gaps.") }
    }

    func run() throws {
        let client = try global.connect()
        if let ical {
            let reply = try client.call(DutydInterface.shiftCalendar, ShiftCalendarRequest(person: ical), returning: ShiftCalendarReply.self)
            return print(reply.calendar, terminator: "")
        }
        let unit = try UnitLookup.resolve(unit, client: client)
        if let export {
            return try export.write(client, DutydInterface.exportRoster, RosterRequest(unit: unit, from: from, to: to, format: export.rawValue))
        }
        let reply = try client.call(DutydInterface.roster, RosterRequest(unit: unit, from: from, to: to), returning: RosterReply.self)
        if gaps {
            if global.json {
                try printJSON(GapsOutput(gaps: reply.gaps))
            } else if reply.gaps.isEmpty {
                print(tr("no gaps"))
            } else {
                print(TextTable(
                    columns: [
                        .init(tr("UNIT"), wrapsTo: 8), .init(tr("KIND")), .init(tr("FROM")), .init(tr("TO")),
                        .init(tr("HOURS"), alignment: .right, priority: 2), .init(tr("HOLIDAY"), priority: 1), .init(tr("SHIFTS"), wrapsTo: 22),
                    ],
                    rows: reply.gaps.map { gap in
                        [gap.unitName, Vocabulary.gapKinds.show(gap.kind), ShiftInfo.brief(gap.start), ShiftInfo.brief(gap.end), hoursText(gap.hours),
                         gap.holiday ?? "-", gap.shifts.isEmpty ? "-" : gap.shifts.joined(separator: " ")]
                    }).render(width: global.tableWidth))
            }
            if !reply.gaps.isEmpty { throw ExitCode(CLIError.failed) }
            return
        }
        if global.json { return try printJSON(reply) }
        guard !reply.shifts.isEmpty else { return print(tr("no shifts")) }
        print(ShiftInfo.table(reply.shifts, style: .standardOutput()).render(width: global.tableWidth))
    }

    /// `--gaps --json`: only the gaps.
    struct GapsOutput: Encodable {
        var gaps: [RosterGapInfo]
    }
}
