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
                file: table.file, row: table.headerRow, message: "the header needs a \"手机\" or a \"电话\" column: dutyd must be able to reach each person",
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
            func report(_ field: PeopleColumns.Field, _ message: String) { problems.append(bound.problem(field, in: record, message)) }
            let idCell = bound.problem(.id, in: record, "")
            let place = "\(idCell.file): \(idCell.place)"

            let id = cell(.id)
            if id.isEmpty || id.contains(where: \.isWhitespace) {
                report(.id, id.isEmpty ? "empty: expected a unique person id such as dg-li" : "the person id \"\(id)\" must not contain spaces")
            } else if let earlier = places[id] ?? configuration.personPlaces[id] ?? configuration.person(id).map({ _ in "dutyd.toml [[people]]" }) {
                report(.id, "person id \"\(id)\" is already defined at \(earlier); each person is defined once")
            }
            let name = cell(.name)
            if name.isEmpty { report(.name, "empty: expected the person's name") }
            var unit: String?
            switch unitsByName[cell(.unit)] ?? [] {
            case []: report(.unit, cell(.unit).isEmpty ? "empty: expected the person's unit, by name or id" : "no unit named \"\(cell(.unit))\" in dutyd's configuration; use a unit's name or id")
            case let ids where ids.count > 1: report(.unit, "\"\(cell(.unit))\" names several units (\(ids.joined(separator: ", "))); use the unit's id")
            case let ids: unit = ids[0]
            }
            var mobile: PhoneNumber?
            if !cell(.mobile).isEmpty {
                do {
                    let number = try PhoneNumber(parsing: cell(.mobile))
                    if number.kind == .mobile { mobile = number } else {
                        report(.mobile, "\(number) is a landline, not a mobile: SMS cannot reach it; put it in the \"电话\" column")
                    }
                } catch {
                    report(.mobile, error.description)
                }
            }
            var phone: PhoneNumber?
            if !cell(.phone).isEmpty {
                do { phone = try PhoneNumber(parsing: cell(.phone)) } catch { report(.phone, error.description) }
            }
            if cell(.mobile).isEmpty && cell(.phone).isEmpty {
                report(bound.column(.mobile) != nil ? .mobile : .phone, "empty: each person needs a mobile or a phone number")
            }
            let email = cell(.email)
            if !email.isEmpty && !email.contains("@") { report(.email, "invalid e-mail address \"\(email)\"") }
            var roles: [ContactRole] = []
            for word in PeopleColumns.words(cell(.roles)) {
                guard let role = PeopleColumns.roleWords[word] else {
                    report(.roles, "unknown role \"\(word)\": expected 负责人 (head), 安全员 (safety) or 值班室 (duty_office), several separated by 、")
                    continue
                }
                if !roles.contains(role) { roles.append(role) }
            }
            let channels = PeopleColumns.words(cell(.channels))
            for channel in channels where !channelIDs.contains(channel) {
                report(.channels, "unknown channel \"\(channel)\": define it in a [[channels]] entry of dutyd.toml or use \"journal\"")
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
