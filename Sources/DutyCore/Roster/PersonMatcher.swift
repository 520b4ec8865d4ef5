import DutyPhrases
/// Finds the configured person a roster or ledger names.
///
/// A cell holds a person's id or name (tidied by `PersonNameCell`). A name shared by several
/// people is settled by the phone the roster gives, then by the unit. Someone not in `[[people]]`
/// is an error: dutyd could not reach them, so the file is rejected until they are added; when
/// configured names are a typo away, the error offers them instead.
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
            let near = closestPeople(to: text, unit: unit)
            guard near.isEmpty else {
                let english = near.count > 1 ? near.dropLast().joined(separator: ", ") + " or " + near[near.count - 1] : near[0]
                let chinese = near.count > 1 ? near.dropLast().joined(separator: "、") + " 或 " + near[near.count - 1] : near[0]
                return .failure(RosterCellError(Phrase("person.didYouMean", CSVCellText.quoted(text), english, chinese)))
            }
            return .failure(RosterCellError(Phrase("person.unknown", CSVCellText.quoted(text))))
        case 1:
            let person = candidates[0]
            let shown = phone.map { String($0.trimmingSpaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? person.phone
            return .success(DutyPerson(id: person.id, name: person.name, phone: shown))
        default:
            return .failure(RosterCellError(Phrase("person.ambiguous", CSVCellText.quoted(text), candidates.map(\.id).joined(separator: ", "))))
        }
    }

    /// Up to three configured people whose name is one edit (two for longer names) from `text`,
    /// nearest first and the unit's own people first: `李娜 (ls-li, 东昌府区实验幼儿园)`.
    private func closestPeople(to text: String, unit: String) -> [String] {
        let names = Set(configuration.people.map(\.name))
        let near = EditDistance.closest(to: text, among: names.sorted(), limit: text.count <= 3 ? 1 : 2)
        let people = near.flatMap { configuration.people(named: $0) }
        let ordered = people.filter { $0.unit == unit } + people.filter { $0.unit != unit }
        return ordered.prefix(3).map { person in
            "\(person.name) (\(person.id), \(configuration.tree[person.unit]?.name ?? person.unit))"
        }
    }

    private static func digits(_ phone: String) -> String {
        String(phone.filter(\.isASCII).filter(\.isNumber))
    }
}

/// Why one roster cell could not be used.
struct RosterCellError: Error {
    var phrase: Phrase
    init(_ phrase: Phrase) { self.phrase = phrase }
    /// The reason in English.
    var message: String { phrase.english }
}
