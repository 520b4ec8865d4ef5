import Foundation

/// Why an acknowledgement, resolution or report was refused; nothing was changed.
public enum AlertCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(Int64)
    case alreadyAcknowledged(Int64, by: ActorIdentity?, at: Date)
    case alreadyResolved(Int64)
    case unknownUnit(String)
    case emptySummary

    public var description: String {
        switch self {
        case .notFound(let id): "no alert has id \(id)"
        case .alreadyAcknowledged(let id, let by, _): "alert \(id) is already acknowledged by \(by.map { "\($0)" } ?? "someone"); resolve it, or wait for it to climb again"
        case .alreadyResolved(let id): "alert \(id) is already resolved"
        case .unknownUnit(let unit): "no unit has id \"\(unit)\""
        case .emptySummary: "the summary must not be empty"
        }
    }
}
