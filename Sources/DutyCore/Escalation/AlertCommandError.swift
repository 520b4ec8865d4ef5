import DutyPhrases
import Foundation

/// Why an acknowledgement, resolution or report was refused; nothing was changed.
public enum AlertCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(Int64)
    case alreadyAcknowledged(Int64, by: ActorIdentity?, at: Date)
    case alreadyResolved(Int64)
    case unknownUnit(String)
    case emptySummary

    /// The reason as a code and arguments, for a client to say in its user's language.
    public var phrase: Phrase {
        switch self {
        case .notFound(let id): Phrase("alert.notFound", String(id))
        case .alreadyAcknowledged(let id, let by?, _): Phrase("alert.alreadyAcknowledgedBy", String(id), "\(by)")
        case .alreadyAcknowledged(let id, nil, _): Phrase("alert.alreadyAcknowledged", String(id))
        case .alreadyResolved(let id): Phrase("alert.alreadyResolved", String(id))
        case .unknownUnit(let unit): Phrase("alert.unknownUnit", unit)
        case .emptySummary: Phrase("alert.emptySummary")
        }
    }

    public var description: String { phrase.english }
}
