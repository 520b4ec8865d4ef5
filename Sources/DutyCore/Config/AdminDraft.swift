import DutyTOML

/// An `[[admins]]` entry as written, with the positions of its units for the reference check.
struct AdminDraft {
    var units: [Located<String>]
    var scope: AdminScope

    static let keys = ["group", "units"]

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> AdminDraft? {
        let reader = TableReader(table, context: "[[admins]] entry \(number)", known: keys, log: log)
        let group = reader.requiredString("group", expected: "the Unix group whose members it admits, e.g. \"dg-admin\"")
        guard let units = reader.strings("units") else {
            if table["units"] == nil { log.report("[[admins]] entry \(number) has no \"units\": list the unit ids its members may act on", at: table.location) }
            return nil
        }
        if units.isEmpty { log.report("\"units\" of [[admins]] entry \(number) is empty: list at least one unit id", at: table["units"]!.node.location) }
        if let group, group.value.isEmpty { log.report("\"group\" must not be empty", at: group.location) }
        guard let group, !group.value.isEmpty, !units.isEmpty else { return nil }
        return AdminDraft(units: units, scope: AdminScope(group: group.value, units: units.map(\.value)))
    }
}
