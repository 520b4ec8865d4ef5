import Foundation

/// Who took an action and how, as history, journal entries and replies record it.
///
/// A person acting through a personal link or an SMS reply is recorded as that person; a clerk
/// entering what someone said on the phone as the server account *for* the person ("root for
/// 吴婷 <wuting>"); an admin acting for nobody as the account ("root"); the daemon as `dutyd`.
/// Separation rules compare `party`: the person when there is one, else the account.
public struct ActorIdentity: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// How the action reached the daemon.
    public enum Via: String, Sendable, CaseIterable {
        case link, dutyctl, sms, daemon
    }

    /// The person who acted, or on whose behalf a clerk acted.
    public var person: ActorPerson?
    /// The server account that entered the action (dutyctl), or `dutyd` for the daemon.
    public var account: String?
    public var via: Via
    /// The client address a trusted proxy reported, for actions through links.
    public var address: String?

    public init(person: ActorPerson?, account: String?, via: Via, address: String? = nil) {
        self.person = person
        self.account = account
        self.via = via
        self.address = address
    }

    /// The daemon's own transitions: raises, escalations, reminders.
    public static let daemon = ActorIdentity(person: nil, account: "dutyd", via: .daemon)

    /// An admin's action through dutyctl, for nobody else.
    public static func account(_ name: String) -> ActorIdentity { ActorIdentity(person: nil, account: name, via: .dutyctl) }

    /// A clerk's action through dutyctl on behalf of `person`.
    public static func clerk(_ name: String, for person: ActorPerson) -> ActorIdentity { ActorIdentity(person: person, account: name, via: .dutyctl) }

    /// A person's own action through a personal link, from `address` when a trusted proxy reported one.
    public static func link(_ person: ActorPerson, address: String? = nil) -> ActorIdentity { ActorIdentity(person: person, account: nil, via: .link, address: address) }

    /// A person's own action through an SMS reply.
    public static func sms(_ person: ActorPerson) -> ActorIdentity { ActorIdentity(person: person, account: nil, via: .sms) }

    /// Who is responsible for the action, for separation rules: `person:ID` or `account:NAME`.
    public var party: String {
        if let person { return "person:\(person.id)" }
        return "account:\(account ?? "")"
    }

    /// Whether the daemon itself acted.
    public var isDaemon: Bool { via == .daemon }

    /// The recorded form, e.g. `root`, `root for 吴婷 <wuting>`, `吴婷 <wuting> via link from 10.1.2.3`.
    public var description: String { ActorText.format(self) }

    /// Reads a recorded form back; any other text (a legacy user name) is an account acting through dutyctl.
    public init(recorded text: String) { self = ActorText.parse(text) }

    /// A recorded form written as a literal, as in tests and fixed actors.
    public init(stringLiteral value: String) { self.init(recorded: value) }
}

/// A person as an actor names them: id and name as configured when they acted.
public struct ActorPerson: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The configured person.
    public init(_ person: Person) { self.init(id: person.id, name: person.name) }
}

extension ActorIdentity {
    /// The journal fields that name the actor: `actor` (the recorded form), `actor_via`, and
    /// `actor_person`, `actor_name`, `actor_account`, `actor_address` when known.
    public var journalFields: [String: String] {
        var fields = ["actor": description, "actor_via": via.rawValue]
        if let person {
            fields["actor_person"] = person.id
            fields["actor_name"] = person.name
        }
        if let account { fields["actor_account"] = account }
        if let address { fields["actor_address"] = address }
        return fields
    }
}
