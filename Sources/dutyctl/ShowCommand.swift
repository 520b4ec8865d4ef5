import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl show ID`: one alert in full, with its history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one alert: whom it reached, who acknowledged it, and its whole history.",
        discussion: """
            The history is append-only: every notification, escalation, acknowledgement and \
            resolution, with who did it and whom it reached (dutyctl audit verify checks it).

            Examples:
              dutyctl show 17
              dutyctl show 17 --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The alert's id, as dutyctl alerts lists it.")
    var id: Int64

    func run() throws {
        let reply = try global.connect().call(DutydInterface.showAlert, AlertIDRequest(id: id), returning: ShowAlertReply.self)
        if global.json { return try printJSON(reply) }
        print(TextTable.keyValue(Self.details(reply.alert, time: TimeHint())))
        print()
        print("history")
        print(Self.history(reply.history).render())
    }

    private static func details(_ alert: AlertInfo, time: TimeHint) -> [(String, String)] {
        var rows = [
            ("alert", "\(alert.id)"),
            ("kind", alert.kind + (alert.risk.map { ", risk \($0)" } ?? "")),
            ("state", alert.state),
            ("level", alert.levelText),
            ("unit", "\(alert.unitName) (\(alert.unit))"),
            ("subject", alert.subject),
            ("summary", alert.summary),
            ("raised", time.annotated(alert.raisedAt)),
        ]
        if let at = alert.acknowledgedAt {
            rows.append(("acknowledged", "by \(alert.acknowledgedBy ?? "unknown") at \(time.annotated(at))"))
        }
        if let next = alert.nextEscalationAt {
            rows.append((alert.state == "acknowledged" ? "resolve by" : "next escalation", time.annotated(next, deadline: true)))
        }
        if let at = alert.resolvedAt {
            rows.append(("resolved", time.annotated(at)))
        }
        rows.append(("recipients", alert.recipientLines))
        return rows
    }

    private static func history(_ entries: [HistoryEntryInfo]) -> TextTable {
        TextTable(
            columns: [
                .init("TIME"), .init("ACTOR"), .init("ACTION"), .init("LEVEL", alignment: .right),
                .init("RECIPIENTS"), .init("NOTE"),
            ],
            rows: entries.map { entry in
                [
                    entry.time, entry.actor, entry.action, "\(entry.level)",
                    entry.recipients.joined(separator: ", "), entry.note ?? "",
                ]
            }
        )
    }
}
