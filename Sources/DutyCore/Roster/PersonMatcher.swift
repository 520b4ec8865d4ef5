/// Finds the configured person a roster names.
///
/// A roster cell holds a person's id or name. A name shared by several people is settled by the
/// phone the roster gives, then by the shift's unit. Someone not in `[[people]]` is an error:
/// dutyd could not reach them, so the roster is rejected until they are added.
struct PersonMatcher {
    /// Found by id or by name through the configuration's indexes: a province roster has
    /// hundreds of thousands of cells and tens of thousands of people, too many to scan per cell.
    let configuration: Configuration

    /// The person, or the message saying why none was found.
    func match(_ cell: String, phone: String?, unit: String) -> Result<DutyPerson, RosterCellError> {
        let text = String(cell.trimmingSpaces)
        var candidates = configuration.person(text).map { [$0] } ?? configuration.people(named: text)
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
                "\(CSVCellText.quoted(text)) is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them"))
        case 1:
            let person = candidates[0]
            let shown = phone.map { String($0.trimmingSpaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? person.phone
            return .success(DutyPerson(id: person.id, name: person.name, phone: shown))
        default:
            return .failure(RosterCellError(
                "\(CSVCellText.quoted(text)) is ambiguous: people \(candidates.map(\.id).joined(separator: ", ")) have this name; write the person's id instead"))
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
