import DutyCore
import Foundation

/// When a personal link stops working: its item's end plus `[web] link_grace`.
///
/// An alert's link works while the alert is open (triggered or acknowledged) and for the grace
/// after it is resolved; a hazard's while it is not closed and for the grace after it is closed;
/// a shift's until the shift's end plus the grace; a board's for `boardLifetime` from its issue;
/// a daily report's until the end of the holiday period it was issued in (or the next) plus the grace.
enum LinkExpiry {
    /// How long a board link (a wall screen's) works.
    static let boardLifetime: TimeInterval = 90 * 86_400

    /// The expiry fixed when the link is issued: a shift's end plus the grace, a board's lifetime,
    /// a daily report's holiday end plus the grace; nil for an alert or hazard, whose end is not known yet.
    static func fixed(_ subject: LinkSubject, issuedAt: Date, configuration: Configuration, grace: Duration) -> Date? {
        switch subject {
        case .shift(let id): configuration.roster[id].map { $0.end.addingTimeInterval(seconds(grace)) }
        case .board: issuedAt.addingTimeInterval(boardLifetime)
        case .daily: holidayEnd(after: issuedAt, configuration: configuration).map { $0.addingTimeInterval(seconds(grace)) }
        case .alert, .hazard: nil
        }
    }

    /// The midnight ending the holiday period that `now` falls in, or else the next one; nil when none is left.
    static func holidayEnd(after now: Date, configuration: Configuration) -> Date? {
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let today = clock.localDate(now)
        guard let period = configuration.calendar.periods.first(where: { $0.last >= today }) else { return nil }
        return clock.instant(period.last.adding(days: 1), TimeOfDay(hour: 0, minute: 0)!)
    }

    /// The link's expiry as of `state`: the fixed one, else its item's end (`ended`) plus the grace;
    /// nil while the item is open (or no longer known, which its page says).
    static func expiry(of link: StoredLink, in state: DutyState, grace: Duration) -> Date? {
        expiry(of: link, itemEndedAt: ended(link.subject, in: state), grace: grace)
    }

    /// The expiry of `link` whose item ended at `itemEndedAt` (nil: not yet).
    static func expiry(of link: StoredLink, itemEndedAt: Date?, grace: Duration) -> Date? {
        link.expiresAt ?? itemEndedAt.map { $0.addingTimeInterval(seconds(grace)) }
    }

    /// When an alert was resolved or a hazard closed, as `state` has it; nil while open, and for shifts, boards and daily reports.
    static func ended(_ subject: LinkSubject, in state: DutyState) -> Date? {
        switch subject {
        case .alert(let id): state.alerts.alerts[id]?.resolvedAt
        case .hazard(let id): state.hazards.hazards[id]?.closedAt
        case .shift, .board, .daily: nil
        }
    }

    /// What `link` grants at `now` when its item ended at `itemEndedAt`, or why nothing: revoked before expired.
    static func grant(_ link: StoredLink, itemEndedAt: Date?, grace: Duration, now: Date) -> Result<LinkGrant, LinkRefusal> {
        if link.revokedAt != nil { return .failure(.revoked) }
        let expiry = expiry(of: link, itemEndedAt: itemEndedAt, grace: grace)
        if let expiry, now >= expiry { return .failure(.expired) }
        return .success(LinkGrant(hash: link.hash, person: link.person, subject: link.subject, expiresAt: expiry))
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        TimeInterval(duration.components.seconds) + TimeInterval(duration.components.attoseconds) / 1e18
    }
}
