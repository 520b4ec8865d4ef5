import DutyCore
import DutyProtocol

/// `io.dutyd.Units`: the organisation tree, for clients that name units by name.
enum UnitMethods {
    /// The tree, or the units `request.match` may name, from the published configuration on a
    /// background queue: the whole tree of a province (20,157 units) took the engine 150 ms
    /// to encode, and every `dutyctl --unit` asked for it (bench/README.md, escalation lateness).
    static func units(_ request: UnitsRequest, _ daemon: Daemon) -> Result<UnitsReply, VarlinkError> {
        let tree = daemon.published.configuration.tree
        let listed: [(unit: OrgUnit, depth: Int)] = request.match.map { argument in
            tree.units(matching: argument).map { ($0, tree.depth(of: $0.id)) }
        } ?? tree.depthFirst()
        return .success(UnitsReply(units: listed.map { unit, depth in
            UnitInfo(id: unit.id, name: unit.name, kind: unit.kind.rawValue, parent: unit.parent, depth: depth)
        }))
    }
}
