import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl hazard show ID`: one hazard in full, with its history and alerts.
struct HazardShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show one hazard: its ledger entry, status, history and alerts."),
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
        print(TextTable.keyValue(Self.details(reply.hazard, time: TimeHint()), width: global.tableWidth))
        print()
        print(tr("history"))
        print(TextTable(
            columns: [
                .init(tr("TIME")), .init(tr("ACTOR"), wrapsTo: 8), .init(tr("ACTION")),
                .init(tr("RECIPIENTS"), priority: 1, wrapsTo: 10), .init(tr("NOTE"), wrapsTo: 12),
            ],
            rows: reply.history.map {
                [$0.time, $0.actor, Vocabulary.actions.show($0.action), $0.recipients.joined(separator: ", "), $0.note ?? ""]
            }
        ).render(width: global.tableWidth))
        guard !reply.alerts.isEmpty else { return }
        print()
        print(tr("alerts"))
        print(TextTable(
            columns: [
                .init(tr("ID"), alignment: .right), .init(tr("KIND")), .init(tr("STATE")), .init(tr("LEVEL"), alignment: .right), .init(tr("RAISED")),
            ],
            rows: reply.alerts.map {
                ["\($0.id)", Vocabulary.alertKinds.show($0.kind), Vocabulary.alertStates.show($0.state), $0.levelText, $0.raisedAt]
            }
        ).render(width: global.tableWidth))
    }

    private static func details(_ hazard: HazardInfo, time: TimeHint) -> [(String, String)] {
        var rows = [
            (tr("hazard"), hazard.id + (hazard.serial.isEmpty ? "" : " (序号 \(hazard.serial))")),
            (tr("unit"), "\(hazard.unitName) (\(hazard.unit))"),
            (tr("location"), hazard.location),
            (tr("description"), hazard.description),
            (tr("category"), hazard.category.isEmpty ? "-" : hazard.category),
            (tr("risk"), hazard.riskText),
            (tr("measure"), hazard.measure),
            (tr("responsible"), hazard.responsible),
            (tr("deadline"), time.annotated(hazard.deadline, deadline: hazard.status != "closed" && hazard.status != "rectified")),
            (tr("status"), hazard.statusText),
        ]
        if !hazard.progress.isEmpty { rows.append((tr("progress"), hazard.progress)) }
        if let by = hazard.rectifiedBy, let at = hazard.rectifiedAt { rows.append((tr("rectified"), tr("by {0} at {1}", by, time.annotated(at)))) }
        if let by = hazard.closedBy, let at = hazard.closedAt { rows.append((tr("closed"), tr("by {0} at {1}", by, time.annotated(at)))) }
        return rows
    }
}
