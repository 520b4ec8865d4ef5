import Foundation

/// A personal link as the link store keeps it: the SHA-256 of its token, never the token.
struct StoredLink: Sendable, Equatable {
    /// The token's SHA-256, in hex.
    var hash: String
    /// The person who acts through the link; nil for a read-only link (a wall screen's board, a group robot's item page).
    var person: String?
    var subject: LinkSubject
    var createdAt: Date
    /// Fixed when the link is issued for a shift (its end plus the grace) or a board; nil while it follows an open alert or hazard.
    var expiresAt: Date?
    var revokedAt: Date?
    /// Changes made through the link, each counted in its own transaction.
    var uses: Int = 0
    var lastUsedAt: Date?

    /// The first 8 hex digits of the hash: what journal entries and `dutyctl links` show.
    var hashPrefix: String { String(hash.prefix(8)) }

    /// The fields of the journal entries about the link: its hash prefix, person and subject, never the token.
    var journalFields: [String: String] {
        ["link_hash": hashPrefix, "person": person ?? "", "subject": "\(subject.kind) \(subject.id)"]
    }
}

extension LinkSubject {
    /// `alert`, `shift`, `hazard`, `board` or `daily`, as stored and as `dutyctl links` names it.
    var kind: String {
        switch self {
        case .alert: "alert"
        case .shift: "shift"
        case .hazard: "hazard"
        case .board: "board"
        case .daily: "daily"
        }
    }

    /// The alert, shift or hazard id, or the unit of a board or a daily report.
    var id: String {
        switch self {
        case .alert(let id): String(id)
        case .shift(let id), .hazard(let id), .board(let id), .daily(let id): id
        }
    }

    /// The subject of `kind` and `id`, or nil for an unknown kind or an alert id that is not a number.
    init?(kind: String, id: String) {
        switch kind {
        case "alert": guard let number = Int64(id) else { return nil }; self = .alert(number)
        case "shift": self = .shift(id)
        case "hazard": self = .hazard(id)
        case "board": self = .board(id)
        case "daily": self = .daily(id)
        default: return nil
        }
    }
}
