import DutyPhrases
import DutyCore
import DutyProtocol

/// Who a change on the control socket is recorded as: the peer's account, for the person named by `for`.
enum ActorResolver {
    /// The account `account` acting for the person whose id or name is `key` (nobody when nil or empty),
    /// or an `InvalidValue` error naming the unknown or ambiguous person.
    static func actor(account: String, for key: String?, in configuration: Configuration) -> Result<ActorIdentity, VarlinkError> {
        guard let key, !key.isEmpty else { return .success(.account(account)) }
        let matches = configuration.people(matching: key)
        switch matches.count {
        case 1: return .success(.clerk(account, for: ActorPerson(matches[0])))
        case 0: return .failure(.invalidValue("for", phrase: Phrase("value.noSuchActor", key)))
        default:
            let ids = matches.map { "\($0.id) (\($0.unit))" }.joined(separator: ", ")
            return .failure(.invalidValue("for", phrase: Phrase("value.actorAmbiguous", String(matches.count), key, ids)))
        }
    }
}
