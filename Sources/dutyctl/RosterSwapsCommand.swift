import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster swaps`: the swaps requested, decided and cancelled.
struct RosterSwapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swaps",
        abstract: tr("List the swaps (换班) of the shifts at a unit and below: requested, approved, refused, cancelled."),
        discussion: """
            Examples:
              dutyctl roster swaps
              dutyctl roster swaps --unit rz-dg --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this unit (id or name) and the units below it.", valueName: "unit"))
    var unit: String?

    func run() throws {
        let client = try global.connect()
        let reply = try client.call(DutydInterface.swaps, SwapsRequest(unit: try UnitLookup.resolve(unit, client: client)), returning: SwapsReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.swaps.isEmpty else { return print(tr("no swaps")) }
        print(TextTable(
            columns: [
                .init(tr("ID"), alignment: .right), .init(tr("SHIFT")), .init(tr("UNIT"), wrapsTo: 8), .init(tr("REQUESTER")), .init(tr("PARTNER")),
                .init(tr("STATE")), .init(tr("REASON"), priority: 1, wrapsTo: 16),
            ],
            rows: reply.swaps.map { swap in
                [String(swap.id), swap.shift, swap.unitName, swap.requesterName, swap.partnerName, Vocabulary.swapStates.show(swap.state),
                 swap.reason ?? swap.note ?? "-"]
            }).render(width: global.tableWidth))
    }
}
