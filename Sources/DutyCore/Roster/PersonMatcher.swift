/// Finds the configured person a roster names.
///
/// A roster cell holds a person's id or name. A name shared by several people is settled by the
/// phone the roster gives, then by the shift's unit. Someone not in `[[people]]` is an error:
/// dutyd could not reach them, so the roster is rejected until they are added.
struct PersonMatcher {
    /// People by id and by name, in configuration order: a province roster has hundreds of
    /// thousands of cells and tens of thousands of people, too many to scan the list per cell.
    private let byID: [String: [Person]]
    private let byName: [String: [Person]]

    init(people: [Person]) {
        byID = Dictionary(grouping: people, by: \.id)
        byName = Dictionary(grouping: people, by: \.name)
    }

    /// The person, or the message saying why none was found.
    func match(_ cell: String, phone: String?, unit: String) -> Result<DutyPerson, RosterCellError> {
        let text = String(cell.trimmingSpaces)
        var candidates = byID[text] ?? byName[text] ?? []
        if candidates.count > 1, let phone, !Self.digits(phone).isEmpty {
            let samePhone = candidates.filter { Self.digits($0.phone) == Self.digits(phone) }
            if !samePhone.isEmpty { candidates = samePhone }
        }
        if candidates.count > 1 {
            let sameUnit = candidates.filter { $0.unit == unit }
            if !sameUnit.isEmpty { candidates = sameUnit }
        }
        switch candidates.count {
        case 0:
            return .failure(RosterCellError(
                "\"\(text)\" is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them"))
        case 1:
            let person = candidates[0]
            let shown = phone.map { String($0.trimmingSpaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? person.phone
            return .success(DutyPerson(id: person.id, name: person.name, phone: shown))
        default:
            return .failure(RosterCellError(
                "\"\(text)\" is ambiguous: people \(candidates.map(\.id).joined(separator: ", ")) have this name; write the person's id instead"))
        }
    }

    private static func digits(_ phone: String) -> String {
        String(phone.filter(\.isASCII).filter(\.isNumber))
    }
}

/// Why one roster cell could not be used.
struct RosterCellError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
