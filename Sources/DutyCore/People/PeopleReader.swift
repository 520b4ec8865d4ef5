import DutyPhrases
/// Reads a people list (通讯录: id, name, unit, phones, e-mail, roles, channels) into people to add to the
/// configuration, checking every row: all problems of the file come back together, each at its row and column.
public enum PeopleReader {
    /// One person of the list with the contact roles the list gives them at their unit.
    public struct Entry: Sendable, Equatable {
        public var person: Person
        public var roles: [ContactRole]
        /// Where the person is defined, `people.xlsx: 通讯录!A3`, for messages about a second definition.
        public var place: String
    }

    /// The people of `table`; an id already in `configuration` (or earlier in the file) is a problem naming both places.
    public static func read(_ table: CSVTable, configuration: Configuration) -> Result<[Entry], PeopleProblems> {
        let bound: CSVBoundTable<PeopleColumns.Field>
        do {
            bound = try PeopleColumns.mapping.resolve(table)
        } catch {
            return .failure(PeopleProblems([error]))
        }
        guard bound.column(.mobile) != nil || bound.column(.phone) != nil else {
            return .failure(PeopleProblems([CSVProblem(
                file: table.file, row: table.headerRow, phrase: Phrase("people.needsPhone"),
                sheet: table.sheet)]))
        }
        var unitsByName: [String: [String]] = [:]
        for unit in configuration.tree.units { unitsByName[unit.name, default: []].append(unit.id) }
        for unit in configuration.tree.units { unitsByName[unit.id] = [unit.id] }
        let channelIDs = Set(configuration.channels.map(\.id) + [ChannelDefinition.journalID])
        var problems: [CSVProblem] = []
        var entries: [Entry] = []
        var places: [String: String] = [:]
        for record in table.rows {
            let before = problems.count
            func cell(_ field: PeopleColumns.Field) -> String { bound.value(field, in: record) }
            func report(_ field: PeopleColumns.Field, _ phrase: Phrase) { problems.append(bound.problem(field, in: record, phrase)) }
            let idCell = bound.problem(.id, in: record, "")
            let place = "\(idCell.file): \(idCell.place)"

            let id = cell(.id)
            if id.isEmpty || id.contains(where: \.isWhitespace) {
                report(.id, id.isEmpty ? Phrase("people.idMissing") : Phrase("people.idSpaces", id))
            } else if let earlier = places[id] ?? configuration.personPlaces[id] ?? configuration.person(id).map({ _ in "dutyd.toml [[people]]" }) {
                report(.id, Phrase("people.duplicateID", id, earlier))
            }
            let name = cell(.name)
            if name.isEmpty { report(.name, Phrase("people.nameMissing")) }
            var unit: String?
            switch unitsByName[cell(.unit)] ?? [] {
            case []: report(.unit, cell(.unit).isEmpty ? Phrase("people.unitMissing") : Phrase("ledger.unknownUnit", "\"\(cell(.unit))\""))
            case let ids where ids.count > 1: report(.unit, Phrase("ledger.ambiguousUnit", "\"\(cell(.unit))\"", ids.joined(separator: ", ")))
            case let ids: unit = ids[0]
            }
            var mobile: PhoneNumber?
            if !cell(.mobile).isEmpty {
                do {
                    let number = try PhoneNumber(parsing: cell(.mobile))
                    if number.kind == .mobile { mobile = number } else {
                        report(.mobile, Phrase("people.landlineAsMobile", "\(number)"))
                    }
                } catch {
                    report(.mobile, error.phrase)
                }
            }
            var phone: PhoneNumber?
            if !cell(.phone).isEmpty {
                do { phone = try PhoneNumber(parsing: cell(.phone)) } catch { report(.phone, error.phrase) }
            }
            if cell(.mobile).isEmpty && cell(.phone).isEmpty {
                report(bound.column(.mobile) != nil ? .mobile : .phone, Phrase("people.phoneMissing"))
            }
            let email = cell(.email)
            if !email.isEmpty && !email.contains("@") { report(.email, Phrase("people.invalidEmail", email)) }
            var roles: [ContactRole] = []
            for word in PeopleColumns.words(cell(.roles)) {
                guard let role = PeopleColumns.roleWords[word] else {
                    report(.roles, Phrase("people.unknownRole", word))
                    continue
                }
                if !roles.contains(role) { roles.append(role) }
            }
            let channels = PeopleColumns.words(cell(.channels))
            for channel in channels where !channelIDs.contains(channel) {
                report(.channels, Phrase("people.unknownChannel", channel))
            }
            guard problems.count == before, let unit else { continue }
            places[id] = place
            let mobileNumber = mobile ?? phone.flatMap { $0.kind == .mobile ? $0 : nil }
            let person = Person(
                id: id, name: name, phone: (mobile ?? phone)?.text ?? "", unit: unit, channels: channels, email: email.isEmpty ? nil : email,
                mobile: mobileNumber?.text)
            entries.append(Entry(person: person, roles: roles, place: place))
        }
        return problems.isEmpty ? .success(entries) : .failure(PeopleProblems(problems))
    }
}

/// Every mistake found in one people list, each at its row and column; nothing from the list is used.
public struct PeopleProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [CSVProblem]

    public init(_ problems: [CSVProblem]) {
        self.problems = problems.sorted { ($0.row, $0.column ?? 0) < ($1.row, $1.column ?? 0) }
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
