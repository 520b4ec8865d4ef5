import DutyProtocol

/// `io.dutyd.Units`: the organisation tree, for clients that name units by name.
enum UnitMethods {
    static func units(_ daemon: isolated Daemon) -> Result<UnitsReply, VarlinkError> {
        let tree = daemon.loaded.configuration.tree
        return .success(UnitsReply(units: tree.depthFirst().map { unit, depth in
            UnitInfo(id: unit.id, name: unit.name, kind: unit.kind.rawValue, parent: unit.parent, depth: depth)
        }))
    }
}
