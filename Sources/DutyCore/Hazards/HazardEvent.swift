import Foundation

/// One transition of one hazard: a history record, a journal entry and, for reminders, the people to notify.
public struct HazardEvent: Sendable, Equatable {
    public var hazardID: String
    public var time: Date
    /// Who acted; the daemon for reminders.
    public var actor: ActorIdentity
    public var action: HazardAction
    /// What changed and why, e.g. the reason and approver of an extension.
    public var note: String?
    /// Person ids reminded (empty for other actions).
    public var recipients: [String]

    public init(hazardID: String, time: Date, actor: ActorIdentity, action: HazardAction, note: String? = nil, recipients: [String] = []) {
        self.hazardID = hazardID
        self.time = time
        self.actor = actor
        self.action = action
        self.note = note
        self.recipients = recipients
    }
}
