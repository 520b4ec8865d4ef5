import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster`: the duty roster as a table, or its gaps.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Show the duty roster (值班表) as a table, or with --gaps its faults.",
        discussion: """
            Shifts overlapping --from..--to (dates, or times in the bureau's zone) at the unit \
            and the units below it. --gaps lists holiday hours in which a unit that must be \
            staffed has no duty officer (no_duty_officer) or no leader on duty \
            (no_leader_on_duty), and overlapping or back-to-front shifts. --export writes the shifts \
            as a roster file (CSV, or an Excel workbook: redirect it to a file) in the columns \
            dutyd reads rosters in, so it can be loaded as a roster again.

            Examples:
              dutyctl roster --unit rz-dg --from 2026-10-01 --to 2026-10-03
              dutyctl roster --gaps
              dutyctl roster --gaps --json
              dutyctl roster --unit rz-dg --export xlsx > 东港区值班表.xlsx
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

    @Option(help: "Write the shifts as a roster file (CSV, or an .xlsx workbook) to standard output instead of a table.")
    var export: ExportFormat?

    func validate() throws {
        if export != nil && (global.json || gaps) { throw ValidationError("--export cannot be used with --json or --gaps.") }
    }

    func run() throws {
        if let export {
            return try export.write(global.connect(), DutydInterface.exportRoster, RosterRequest(unit: unit, from: from, to: to, format: export.rawValue))
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
                        [gap.unitName, gap.kind, ShiftInfo.brief(gap.start), ShiftInfo.brief(gap.end), Self.hours(gap.hours), gap.holiday ?? "-",
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

    /// `12`, `1.5`.
    private static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// `--gaps --json`: only the gaps.
    struct GapsOutput: Encodable {
        var gaps: [RosterGapInfo]
    }
}
