import DutyPhrases
import Foundation

/// Why a lifecycle command was refused; nothing was changed.
public enum HazardCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    /// The hazard's status does not allow the action.
    case invalidTransition(String, status: HazardStatus, action: HazardAction)
    /// The one who reported it rectified (named) may not verify it.
    case selfVerification(String, actor: ActorIdentity)
    /// A required text (a `hazard.text.*` phrase) was empty.
    case missingText(Phrase)
    /// An extension must move the deadline later.
    case deadlineNotLater(String, current: Date)

    /// The reason as a code and arguments, for a client to say in its user's language.
    public var phrase: Phrase {
        switch self {
        case .notFound(let id): Phrase("hazard.notFound", id)
        case .invalidTransition(let id, let status, let action):
            Phrase("hazard.invalidTransition", id, status.rawValue, status.chineseName, action.rawValue, Phrase("hazard.action.\(action.rawValue)").chinese)
        case .selfVerification(let id, let actor): Phrase("hazard.selfVerification", id, "\(actor)")
        case .missingText(let what): Phrase("hazard.missingText", what.english, what.chinese)
        case .deadlineNotLater(let id, _): Phrase("hazard.deadlineNotLater", id)
        }
    }

    public var description: String { phrase.english }
}
