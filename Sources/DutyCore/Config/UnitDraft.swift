import DutyTOML

/// A `[[units]]` entry as written, with positions kept for cross-reference checks.
struct UnitDraft {
    var id: Located<String>
    var parent: Located<String>?
    var kind: UnitKind
    var contacts: [(role: ContactRole, people: [Located<String>])]
    var channels: [Located<String>]
    var unit: OrgUnit

    static let keys = ["id", "name", "kind", "parent", "contacts", "channels"]

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> UnitDraft? {
        let reader = TableReader(table, context: "[[units]] entry \(number)", known: keys, log: log)
        let id = reader.requiredString("id", expected: "a unique unit id such as \"rz-dg\"")
        let name = reader.requiredString("name", expected: "the unit's name, e.g. \"东港区教育和体育局\"")
        let kind = reader.requiredChoice("kind", as: UnitKind.self)
        let parent = reader.string("parent")
        var contacts: [(role: ContactRole, people: [Located<String>])] = []
        if let table = reader.subtable("contacts") {
            let roles = ContactRole.allCases.map(\.rawValue)
            let contactReader = TableReader(table, context: "contacts of [[units]] entry \(number)", known: roles, log: log)
            for role in ContactRole.allCases {
                if let people = contactReader.strings(role.rawValue) {
                    contacts.append((role, people))
                }
            }
        }
        let channels = reader.strings("channels") ?? []
        guard let id, let name, let kind else { return nil }
        let unit = OrgUnit(
            id: id.value,
            name: name.value,
            kind: kind.value,
            parent: parent?.value,
            contacts: Dictionary(uniqueKeysWithValues: contacts.map { ($0.role, $0.people.map(\.value)) }),
            channels: channels.map(\.value)
        )
        return UnitDraft(id: id, parent: parent, kind: kind.value, contacts: contacts, channels: channels, unit: unit)
    }
}
