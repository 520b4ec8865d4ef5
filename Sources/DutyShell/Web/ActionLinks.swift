import DutyCore
import Foundation

/// What a personal link opens: one alert, shift or hazard, the 值班室 board of a unit and
/// everything below it, or a unit's daily report (值班日报) of the day the page is opened.
enum LinkSubject: Sendable, Equatable {
    case alert(Int64)
    case shift(String)
    case hazard(String)
    case board(String)
    case daily(String)
}

/// Who a personal link belongs to and what it opens, as the link store vouches for it.
struct LinkGrant: Sendable, Equatable {
    /// The SHA-256 of the link's token, in hex.
    var hash: String
    /// The id of the person who acts through the link; nil for a read-only link, which shows its page without buttons.
    var person: String?
    var subject: LinkSubject
    /// nil while the link follows an item still open.
    var expiresAt: Date?
}

/// Why a link opens nothing; each maps to a Chinese page and a status.
enum LinkRefusal: Error, Sendable, Equatable {
    /// Never issued, mistyped or tampered with.
    case unknown
    case expired
    case revoked
    /// The link store could not be read or written: nothing changed.
    case storageUnavailable(StorageUnavailable)
}

/// The seam to the personal-link store: the web pages only ask what a token grants.
protocol ActionLinks: Sendable {
    /// The grant of `token` at `now`, or why it grants nothing.
    func resolve(_ token: String, now: Date, in state: DutyState) -> Result<LinkGrant, LinkRefusal>
}
