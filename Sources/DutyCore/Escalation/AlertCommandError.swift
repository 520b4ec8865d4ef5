import DutyPhrases
import Foundation

/// Why an acknowledgement, resolution or report was refused; nothing was changed.
public enum AlertCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(Int64)
    case alreadyAcknowledged(Int64, by: ActorIdentity?, at: Date)
    case alreadyResolved(Int64)
    case unknownUnit(String)
    case emptySummary
    case incidentNotFound(String)
    /// The incident's alert is resolved: it takes no follow-up or pass-up.
    case incidentClosed(String)
    /// The incident is at the top of its ladder (the level named): there is nobody above to pass it to.
    case nothingAbove(String, level: Int)
    case emptyNote

    /// The reason as a code and arguments, for a client to say in its user's language.
    public var phrase: Phrase {
        switch self {
        case .notFound(let id): Phrase("alert.notFound", String(id))
        case .alreadyAcknowledged(let id, let by?, _): Phrase("alert.alreadyAcknowledgedBy", String(id), "\(by)")
        case .alreadyAcknowledged(let id, nil, _): Phrase("alert.alreadyAcknowledged", String(id))
        case .alreadyResolved(let id): Phrase("alert.alreadyResolved", String(id))
        case .unknownUnit(let unit): Phrase("alert.unknownUnit", unit)
        case .emptySummary: Phrase("alert.emptySummary")
        case .incidentNotFound(let id): Phrase("incident.notFound", id)
        case .incidentClosed(let id): Phrase("incident.closed", id)
        case .nothingAbove(let id, let level): Phrase("incident.nothingAbove", id, String(level))
        case .emptyNote: Phrase("incident.emptyNote")
        }
    }

    public var description: String { phrase.english }
}
