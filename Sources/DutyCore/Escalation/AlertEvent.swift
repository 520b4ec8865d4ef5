import Foundation

/// One transition of one alert: a history record, a journal entry and, for notifying actions,
/// the people to notify.
public struct AlertEvent: Sendable, Equatable {
    public var alertID: Int64
    public var time: Date
    /// Who caused it: a person, an account, or the daemon for its own escalations.
    public var actor: ActorIdentity
    public var action: AlertAction
    /// The alert's level after the transition.
    public var level: Int
    public var note: String?
    /// Person ids notified (empty for actions that notify nobody).
    public var recipients: [String]
    /// When the transition was due, for escalations handled late (after a restart); nil otherwise.
    public var dueAt: Date?

    public init(alertID: Int64, time: Date, actor: ActorIdentity, action: AlertAction, level: Int, note: String? = nil, recipients: [String] = [], dueAt: Date? = nil) {
        self.alertID = alertID
        self.time = time
        self.actor = actor
        self.action = action
        self.level = level
        self.note = note
        self.recipients = recipients
        self.dueAt = dueAt
    }
}
