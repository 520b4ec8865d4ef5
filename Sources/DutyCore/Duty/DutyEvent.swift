import Foundation

/// What happened on a shift, as recorded in the history and the journal.
public enum DutyAction: String, CaseIterable, Sendable {
    /// The duty officer was reminded that the shift starts soon.
    case reminded
    /// The duty officer checked in.
    case checkedIn = "checked_in"
    /// A spot check asked the officer to confirm presence.
    case spotCheckRequested = "spot_check_requested"
    /// The officer confirmed presence in time.
    case spotCheckConfirmed = "spot_check_confirmed"
    /// A checker recorded a spot check made by phone, on site or by video, and what it found.
    case spotCheckRecorded = "spot_check_recorded"

    /// Whether the action sends the officer a notice.
    public var notifies: Bool { self == .reminded || self == .spotCheckRequested }
}

/// One transition of one shift; missed check-ins and spot checks are alerts instead.
public struct DutyEvent: Sendable, Equatable {
    public var shiftID: String
    public var time: Date
    /// Who acted; the daemon for its own reminders and random spot checks.
    public var actor: ActorIdentity
    public var action: DutyAction
    public var spotCheck: Int64?
    /// Person ids sent a notice.
    public var recipients: [String]
    /// When a reminder or spot check fell due, if handled late.
    public var dueAt: Date?
    /// By when a requested spot check must be confirmed.
    public var confirmBy: Date?
    /// What a recorded spot check found.
    public var note: String?

    public init(
        shiftID: String, time: Date, actor: ActorIdentity, action: DutyAction, spotCheck: Int64? = nil, recipients: [String] = [], dueAt: Date? = nil,
        confirmBy: Date? = nil, note: String? = nil
    ) {
        self.shiftID = shiftID
        self.time = time
        self.actor = actor
        self.action = action
        self.spotCheck = spotCheck
        self.recipients = recipients
        self.dueAt = dueAt
        self.confirmBy = confirmBy
        self.note = note
    }
}

/// What one duty operation changed: to commit, log and notify together.
public struct DutyOutcome: Sendable, Equatable {
    public var events: [DutyEvent] = []
    /// Alerts to raise for missed check-ins and spot checks.
    public var alertRequests: [AlertRequest] = []
    public var records: [ShiftRecord] = []
    public var spotChecks: [SpotCheck] = []
    /// Deadline index entries a check looked at, those no longer pending included; not a change.
    public var examined = 0

    public init() {}

    public var isEmpty: Bool { events.isEmpty && alertRequests.isEmpty && records.isEmpty && spotChecks.isEmpty }
}
