import Foundation

/// Why a lifecycle command was refused; nothing was changed.
public enum HazardCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    /// The hazard's status does not allow the action.
    case invalidTransition(String, status: HazardStatus, action: HazardAction)
    /// The one who reported it rectified (named) may not verify it.
    case selfVerification(String, actor: ActorIdentity)
    case missingText(String)
    /// An extension must move the deadline later.
    case deadlineNotLater(String, current: Date)

    public var description: String {
        switch self {
        case .notFound(let id): "no hazard has id \"\(id)\""
        case .invalidTransition(let id, let status, let action):
            "hazard \(id) is \(status.rawValue) (\(status.chineseName)); it cannot be \(action.rawValue) now"
        case .selfVerification(let id, let actor):
            "hazard \(id) was reported rectified by \(actor); someone else must verify it"
        case .missingText(let what): "\(what) must not be empty"
        case .deadlineNotLater(let id, _): "the new deadline of hazard \(id) must be later than the current one"
        }
    }
}
