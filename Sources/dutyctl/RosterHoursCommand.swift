import ArgumentParser
import DutyProtocol
import DutyTerminal
import Foundation

/// `dutyctl roster hours`: duty hours per person and role, as allowances are paid.
struct RosterHoursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: tr("Duty hours per person (值班时长) between two dates: all, night and holiday hours."),
        discussion: """
            For each person and role (duty officer, leader on duty) at the unit and the units \
            below it: the shifts, their hours, the hours between 20:00 and 08:00 (夜间) and the \
            hours on the days off of a holiday period (节假日), counted separately as allowances \
            are paid. A shift crossing --from or --to is counted in part. --csv writes the table \
            for Excel (UTF-8 with BOM), --xlsx as an .xlsx workbook, to standard output.

            Examples:
              dutyctl roster hours --from 2026-10-01 --to 2026-10-07
              dutyctl roster hours --from 2026-10-01 --to 2026-10-07 --unit rz-dg --csv > 国庆值班时长.csv
              dutyctl roster hours --from 2026-10-01 --to 2026-10-07 --xlsx > 国庆值班时长.xlsx
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("From this date or time.", valueName: "time"))
    var from: String

    @Option(help: ArgumentHelp("Up to this date (inclusive) or time.", valueName: "time"))
    var to: String

    @Option(help: ArgumentHelp("Only this unit (id or name) and the units below it.", valueName: "unit"))
    var unit: String?

    @Flag(help: "Write CSV for Excel instead of a table.")
    var csv = false

    @Flag(help: "Write an .xlsx workbook to standard output instead of a table.")
    var xlsx = false

    func validate() throws {
        if [csv, xlsx, global.json].filter({ $0 }).count > 1 { throw ValidationError("--csv, --xlsx and --json cannot be used together.") }
        if xlsx && isatty(STDOUT_FILENO) == 1 { throw ValidationError("--xlsx writes a workbook: redirect it to a file, e.g. > 值班时长.xlsx") }
    }

    func run() throws {
        let client = try global.connect()
        let request = RosterHoursRequest(from: from, to: to, unit: try UnitLookup.resolve(unit, client: client), format: xlsx ? "xlsx" : nil)
        let reply = try client.call(DutydInterface.rosterHours, request, returning: RosterHoursReply.self)
        if global.json { return try printJSON(reply) }
        if csv { return print(reply.csv, terminator: "") }
        if xlsx {
            guard let workbook = reply.xlsx.flatMap({ Data(base64Encoded: $0) }) else {
                throw CLIError(message: "dutyd sent no workbook", status: CLIError.failed)
            }
            return FileHandle.standardOutput.write(workbook)
        }
        guard !reply.hours.isEmpty else { return print(tr("no shifts")) }
        print(TextTable(
            columns: [.init(tr("PERSON")), .init(tr("ROLE")), .init(tr("SHIFTS"), alignment: .right), .init(tr("HOURS"), alignment: .right),
                      .init(tr("NIGHT"), alignment: .right), .init(tr("HOLIDAY"), alignment: .right)],
            rows: reply.hours.map { row in
                [row.name, Vocabulary.roles.show(row.role), String(row.shifts), hoursText(row.hours), hoursText(row.nightHours), hoursText(row.holidayHours)]
            }).render(width: global.tableWidth))
    }
}
