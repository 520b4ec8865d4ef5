/// The recorded text of an `ActorIdentity`: what history rows hold and the hash chain covers.
///
/// `parse` and `format` round-trip every text: a text that does not read back to itself (a
/// legacy user name with unusual characters) is kept whole as an account, so old history rows
/// keep their hashes.
enum ActorText {
    /// The recorded form of `actor`.
    static func format(_ actor: ActorIdentity) -> String {
        switch actor.via {
        case .daemon: return actor.account ?? "dutyd"
        case .dutyctl:
            let account = actor.account ?? "?"
            return actor.person.map { "\(account) for \(personText($0))" } ?? account
        case .link, .sms:
            let who = actor.person.map(personText) ?? actor.account ?? "?"
            return "\(who) via \(actor.via.rawValue)" + (actor.address.map { " from \($0)" } ?? "")
        }
    }

    /// The actor `text` records.
    static func parse(_ text: String) -> ActorIdentity {
        let read = interpret(text)
        return format(read) == text ? read : .account(text)
    }

    private static func interpret(_ text: String) -> ActorIdentity {
        if text == "dutyd" { return .daemon }
        if let via = text.range(of: " via ", options: .backwards), let person = person(String(text[..<via.lowerBound])) {
            let rest = text[via.upperBound...]
            let parts = rest.components(separatedBy: " from ")
            guard let channel = ActorIdentity.Via(rawValue: parts[0]), channel == .link || channel == .sms, parts.count <= 2 else { return .account(text) }
            return ActorIdentity(person: person, account: nil, via: channel, address: parts.count == 2 ? parts[1] : nil)
        }
        if let range = text.range(of: " for "), let person = person(String(text[range.upperBound...])) {
            return .clerk(String(text[..<range.lowerBound]), for: person)
        }
        return .account(text)
    }

    private static func personText(_ person: ActorPerson) -> String { "\(person.name) <\(person.id)>" }

    private static func person(_ text: String) -> ActorPerson? {
        guard text.hasSuffix(">"), let open = text.range(of: " <", options: .backwards) else { return nil }
        let id = String(text[open.upperBound..<text.index(before: text.endIndex)])
        let name = String(text[..<open.lowerBound])
        guard !id.isEmpty, !name.isEmpty else { return nil }
        return ActorPerson(id: id, name: name)
    }
}
