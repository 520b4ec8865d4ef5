import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl spotcheck`: ask a unit's duty officer to confirm presence now, or record a spot check made by hand (电话抽查).
struct SpotCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spotcheck",
        abstract: tr("Spot-check (抽查) the duty officer or leader on duty at a unit now, or record one made by phone, on site or by video."),
        discussion: """
            Without --outcome the person is notified and must confirm with `dutyctl checkin` \
            within the spot-check window ([duty] spot_check_window); otherwise an \
            absent_at_spot_check (脱岗) alert is raised and climbs.

            With --outcome it records the check you made: answered_at_post (本人在岗接听) \
            confirms it; no_answer (无人接听) and someone_else (他人接听) give the person the \
            callback window ([duty] callback_window) to call back and confirm (`dutyctl checkin \
            SHIFT --person NAME`); off_post (脱岗) raises the alert at once. If the officer's \
            check-in is already missed, that alert is updated instead of a second one raised. \
            --phone defaults to the roster's number. Needs root or the admin group.

            Examples:
              sudo dutyctl spotcheck dg-sy
              sudo dutyctl spotcheck 东港区实验小学
              sudo dutyctl spotcheck ls-zx --outcome someone_else --note "门卫代接，称值班员在巡查"
              sudo dutyctl spotcheck ls-zx --leader --method video --outcome answered_at_post
              sudo dutyctl spotcheck dg-sy --outcome no_answer --phone 0633-8221234 --json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: ArgumentHelp("The unit to check, by id or name.", valueName: "unit"))
    var unit: String

    @Flag(help: "Check the leader on duty (带班领导) instead of the duty officer.")
    var leader = false

    @Option(help: ArgumentHelp("How the check was made: phone (default), on_site or video.", valueName: "method"))
    var method: String?

    @Option(help: ArgumentHelp("The number called (default: the roster's).", valueName: "number"))
    var phone: String?

    @Option(help: ArgumentHelp("What it found: answered_at_post, no_answer, someone_else or off_post.", valueName: "outcome"))
    var outcome: String?

    @Option(help: ArgumentHelp("A note on what happened.", valueName: "text"))
    var note: String?

    func run() throws {
        let client = try global.connect()
        let request = SpotCheckRequest(
            unit: try UnitLookup(client: client, argument: unit).id(for: unit), target: leader ? "leader_on_duty" : nil, method: method, phone: phone,
            outcome: outcome, note: note)
        let reply = try client.call(DutydInterface.spotCheck, onBehalf.wrap(request), returning: SpotCheckReply.self)
        if global.json { return try printJSON(reply) }
        let check = reply.spotCheck
        var rows = [
            (tr("spot check"), String(check.id)),
            (tr("shift"), reply.shift.id),
            (tr("unit"), "\(reply.shift.unitName) (\(reply.shift.unit))"),
            check.target == "leader_on_duty" ? (tr("leader on duty"), reply.shift.leaderText) : (tr("duty officer"), reply.shift.officerText),
        ]
        if let outcome = check.outcome {
            rows.append((tr("recorded"), [check.method, check.phone, outcome, check.note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  ")))
        }
        rows.append((tr("state"), check.state))
        if check.state == "open" { rows.append((tr("confirm by"), TimeHint().annotated(check.dueAt, deadline: true))) }
        print(TextTable.keyValue(rows, width: global.tableWidth))
    }
}
