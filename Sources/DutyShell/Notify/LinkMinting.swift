import DutyCore
import Foundation

/// Mints the link a notification names (`ActionLinkText`) when the outbox delivers it: a person's
/// own link, or a read-only one (no person) for a group robot's message. The token goes into the
/// text and fields sent and nowhere else; the store keeps its hash.
enum LinkMinting {
    /// `notification` with a new token in place of the placeholder, its link stored first; the
    /// notification unchanged when it names no link. Throws when the link cannot be stored.
    static func minted(_ notification: OutboundNotification, configuration: Configuration, store: StateStore, now: Date) throws -> (OutboundNotification, StoredLink?) {
        let names = notification.text.contains(ActionLinkText.placeholder) || notification.fields.values.contains { $0.contains(ActionLinkText.placeholder) }
        guard names, let named = notification.fields[ActionLinkText.subjectField] else { return (notification, nil) }
        let parts = named.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let subject = LinkSubject(kind: parts[0], id: parts[1]) else { return (notification, nil) }
        let token = LinkToken.mint()
        let grace = configuration.web?.linkGrace ?? WebSettings.defaultLinkGrace
        let group = notification.recipient.hasPrefix(NotificationPlanner.unitRecipient(""))
        let link = StoredLink(
            hash: LinkToken.hash(token), person: group ? nil : notification.recipient, subject: subject, createdAt: now,
            expiresAt: LinkExpiry.fixed(subject, issuedAt: now, configuration: configuration, grace: grace))
        try store.saveLink(link)
        var minted = notification
        minted.text = notification.text.replacingOccurrences(of: ActionLinkText.placeholder, with: token)
        minted.fields = notification.fields.mapValues { $0.replacingOccurrences(of: ActionLinkText.placeholder, with: token) }
        return (minted, link)
    }
}
