import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl show ID`: one alert in full, with its history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show one alert: whom it reached, who acknowledged it, and its whole history."),
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
        let time = TimeHint()
        print(TextTable.keyValue(Self.details(reply.alert, time: time) + (reply.incident.map { Self.incident($0, time: time) } ?? []), width: global.tableWidth))
        print()
        print(tr("history"))
        print(Self.history(reply.history).render(width: global.tableWidth))
    }

    private static func details(_ alert: AlertInfo, time: TimeHint) -> [(String, String)] {
        let kind = Vocabulary.alertKinds.show(alert.kind)
        var rows = [
            (tr("alert"), "\(alert.id)"),
            (tr("kind"), alert.risk.map { tr("{0}, risk {1}", kind, Vocabulary.riskLevels.show($0)) } ?? kind),
            (tr("state"), Vocabulary.alertStates.show(alert.state)),
            (tr("level"), alert.levelText),
            (tr("unit"), "\(alert.unitName) (\(alert.unit))"),
            (tr("subject"), alert.subject),
            (tr("summary"), alert.summary),
            (tr("raised"), time.annotated(alert.raisedAt)),
        ]
        if let at = alert.acknowledgedAt {
            rows.append((tr("acknowledged"), tr("by {0} at {1}", alert.acknowledgedBy ?? tr("unknown"), time.annotated(at))))
        }
        if let next = alert.nextEscalationAt {
            rows.append((alert.state == "acknowledged" ? tr("resolve by") : tr("next escalation"), time.annotated(next, deadline: true)))
        }
        if let at = alert.resolvedAt {
            rows.append((tr("resolved"), time.annotated(at)))
        }
        rows.append((tr("recipients"), alert.recipientLines))
        return rows
    }

    /// The incident's structured fields and its written report, the fields not given left out.
    private static func incident(_ incident: IncidentInfo, time: TimeHint) -> [(String, String)] {
        let fields = incident.details
        let given: [(String, String?)] = [
            (tr("occurred"), fields.occurredAt.map { time.annotated($0) }), (tr("place"), fields.place), (tr("incident kind"), fields.category),
            (tr("casualties"), fields.casualties), (tr("actions taken"), fields.actionsTaken), (tr("reporter"), fields.reporter),
            (tr("contact number"), fields.contactNumber),
        ]
        var rows = [(tr("incident"), incident.id)] + given.compactMap { label, value in value.map { (label, $0) } }
        if let at = incident.writtenAt {
            rows.append((tr("written report"), time.annotated(at)))
        } else if let due = incident.writtenDueAt {
            rows.append((tr("written report due"), time.annotated(due, deadline: true)))
        }
        return rows
    }

    private static func history(_ entries: [HistoryEntryInfo]) -> TextTable {
        TextTable(
            columns: [
                .init(tr("TIME")), .init(tr("ACTOR"), wrapsTo: 8), .init(tr("ACTION")), .init(tr("LEVEL"), alignment: .right, priority: 2),
                .init(tr("RECIPIENTS"), priority: 1, wrapsTo: 10), .init(tr("NOTE"), wrapsTo: 12),
            ],
            rows: entries.map { entry in
                [
                    entry.time, entry.actor, Vocabulary.actions.show(entry.action), "\(entry.level)",
                    entry.recipients.joined(separator: ", "), entry.note ?? "",
                ]
            }
        )
    }
}
