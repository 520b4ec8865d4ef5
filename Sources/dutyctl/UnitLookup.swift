import DutyProtocol

/// Finds the unit a command-line argument names: its id or its name (`东港区实验小学`).
///
/// Names are looked up through `io.dutyd.Units`, so a unit is named as the daemon's
/// configuration has it; spaces inside a name (`东港区 实验小学`) are ignored.
struct UnitLookup {
    let units: [UnitInfo]

    /// The units of the daemon behind `client` that `argument` may name (the daemon matches, so
    /// that a province's 20,000 units are not sent for each command).
    init(client: VarlinkClient, argument: String) throws(CLIError) {
        units = try client.call(DutydInterface.units, UnitsRequest(match: argument), returning: UnitsReply.self).units
    }

    init(units: [UnitInfo]) {
        self.units = units
    }

    /// The id of the unit `argument` names, or an error (exit status 1, as the daemon's
    /// `UnknownUnit`) naming the closest names.
    func id(for argument: String) throws(CLIError) -> String {
        if units.contains(where: { $0.id == argument }) { return argument }
        let wanted = Self.compact(argument)
        let named = units.filter { Self.compact($0.name) == wanted }
        if named.count == 1 { return named[0].id }
        if named.count > 1 {
            let ids = named.map { "\($0.id)" }.joined(separator: ", ")
            throw CLIError(message: tr("\"{0}\" is the name of several units; give one of their ids: {1}", argument, ids), status: CLIError.failed)
        }
        let close = units.filter { $0.name.contains(wanted) || wanted.contains($0.name) }.prefix(5)
        let hint = close.isEmpty
            ? tr("dutyctl units lists the units with their ids")
            : tr("did you mean {0}?", close.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
        throw CLIError(message: tr("no unit \"{0}\" is configured: {1}", argument, hint), status: CLIError.failed)
    }

    /// The unit's id when an argument names one, else nil.
    static func resolve(_ argument: String?, client: VarlinkClient) throws(CLIError) -> String? {
        guard let argument else { return nil }
        return try UnitLookup(client: client, argument: argument).id(for: argument)
    }

    private static func compact(_ name: String) -> String {
        String(name.filter { !$0.isWhitespace })
    }
}
