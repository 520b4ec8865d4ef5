import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl units`: the organisation tree with the ids other verbs take.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: tr("Show the organisation tree (组织机构) with each unit's id."),
        discussion: """
            Every verb that takes a unit takes its id or its name as shown here \
            (dutyctl oncall 东港区实验小学 is dutyctl oncall dg-sy).

            Examples:
              dutyctl units
              dutyctl units --json
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let reply = try global.connect().call(DutydInterface.units, UnitsRequest(), returning: UnitsReply.self)
        if global.json { return try printJSON(reply) }
        let table = TextTable(
            columns: [.init(tr("UNIT"), wrapsTo: 16), .init(tr("ID")), .init(tr("KIND"), priority: 1)],
            rows: reply.units.map { [String(repeating: "  ", count: $0.depth) + $0.name, $0.id, Vocabulary.unitKinds.show($0.kind)] })
        print(table.render(width: global.tableWidth))
    }
}
