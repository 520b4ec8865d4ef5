import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl hazard show ID`: one hazard in full, with its history and alerts.
struct HazardShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one hazard: its ledger entry, status, history and alerts.",
        discussion: """
            Examples:
              dutyctl hazard show dg-yey-1
              dutyctl hazard show dg-yey-1 --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The hazard's id, as dutyctl hazards lists it.")
    var id: String

    func run() throws {
        let reply = try global.connect().call(DutydInterface.showHazard, HazardIDRequest(id: id), returning: ShowHazardReply.self)
        if global.json { return try printJSON(reply) }
        print(TextTable.keyValue(Self.details(reply.hazard, time: TimeHint())))
        print()
        print("history")
        print(TextTable(
            columns: [.init("TIME"), .init("ACTOR"), .init("ACTION"), .init("RECIPIENTS"), .init("NOTE")],
            rows: reply.history.map { [$0.time, $0.actor, $0.action, $0.recipients.joined(separator: ", "), $0.note ?? ""] }
        ).render())
        guard !reply.alerts.isEmpty else { return }
        print()
        print("alerts")
        print(TextTable(
            columns: [.init("ID", alignment: .right), .init("KIND"), .init("STATE"), .init("LEVEL", alignment: .right), .init("RAISED")],
            rows: reply.alerts.map { ["\($0.id)", $0.kind, $0.state, $0.levelText, $0.raisedAt] }
        ).render())
    }

    private static func details(_ hazard: HazardInfo, time: TimeHint) -> [(String, String)] {
        var rows = [
            ("hazard", hazard.id + (hazard.serial.isEmpty ? "" : " (序号 \(hazard.serial))")),
            ("unit", "\(hazard.unitName) (\(hazard.unit))"),
            ("location", hazard.location),
            ("description", hazard.description),
            ("category", hazard.category.isEmpty ? "-" : hazard.category),
            ("risk", hazard.riskText),
            ("measure", hazard.measure),
            ("responsible", hazard.responsible),
            ("deadline", time.annotated(hazard.deadline, deadline: hazard.status != "closed" && hazard.status != "rectified")),
            ("status", hazard.statusText),
        ]
        if !hazard.progress.isEmpty { rows.append(("progress", hazard.progress)) }
        if let by = hazard.rectifiedBy, let at = hazard.rectifiedAt { rows.append(("rectified", "by \(by) at \(time.annotated(at))")) }
        if let by = hazard.closedBy, let at = hazard.closedAt { rows.append(("closed", "by \(by) at \(time.annotated(at))")) }
        return rows
    }
}
