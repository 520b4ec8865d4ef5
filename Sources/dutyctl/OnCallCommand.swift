import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl oncall`: who is on duty and who leads, with phones.
struct OnCallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oncall",
        abstract: tr("Show who is on duty and who leads (值班人员, 带班领导), with phones, now or at a time."),
        discussion: """
            Lists the shifts on at the unit and every unit below it (every unit when none is \
            given). STATUS is upcoming, awaiting_check_in, checked_in, missed_check_in or ended \
            (未开始, 待签到, 已签到, 未签到, 已结束 under a Chinese locale). UNIT is an id or a name.

            Examples:
              dutyctl oncall
              dutyctl oncall dg-sy
              dutyctl oncall 东港区教育和体育局
              dutyctl oncall rz-dg --at 2026-10-03T22:00
              dutyctl oncall --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The unit (and the units below it), by id or name.", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("The time, in the bureau's zone: 2026-10-01T08:00, or ISO 8601 with offset (default: now).", valueName: "time"))
    var at: String?

    func run() throws {
        let client = try global.connect()
        let request = OnCallRequest(unit: try UnitLookup.resolve(unit, client: client), at: at)
        let reply = try client.call(DutydInterface.onCall, request, returning: OnCallReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.shifts.isEmpty else { return print(tr("nobody is on duty at {0}", ShiftInfo.brief(reply.at))) }
        print(ShiftInfo.table(reply.shifts, style: .standardOutput()).render(width: global.tableWidth))
    }
}
