import Foundation

/// A set of changes committed together: the state after them and the history records that explain them.
public struct StateChange: Sendable {
    public var alerts: [Alert] = []
    public var incidents: [Incident] = []
    public var events: [AlertEvent] = []
    public var hazards: [Hazard] = []
    /// Chained onto the history before the alert events.
    public var hazardEvents: [HazardEvent] = []
    /// Queued in the same transaction as the change that causes them.
    public var notifications: [OutboundNotification] = []
    /// Shift records, spot checks and shift events of the duty engine.
    public var duty = DutyOutcome()
    /// Swaps requested, decided or cancelled, and their history records.
    public var swaps: [Swap] = []
    public var swapEvents: [SwapEvent] = []
    /// Roster filings recorded or missed, and the filings made.
    public var filings: [RosterFiling] = []
    public var filingEvents: [FilingEvent] = []
    /// How far the duty engine has handled deadlines, when it moved.
    public var dutyWatermark: Date?
    /// Replies kept under their idempotency keys (`IdempotencyBook`).
    public var storedReplies: [StoredReply] = []
    /// Reply codes issued to the SMS among `notifications`.
    public var replyCodes: [ReplyCode] = []
    /// Kept replies that expired by then are deleted.
    public var repliesExpiredBy: Date?
    /// Daily reports filed, each recorded in the history under `daily:UNIT/DATE`.
    public var dailyFilings: [DailyFiling] = []
    /// The personal links (by token hash) of the field pages the change was asked through, with when:
    /// their use is counted in the change's transaction, so a change and its count are never apart.
    public var linkUses: [(hash: String, at: Date)] = []

    public init(
        alerts: [Alert] = [], incidents: [Incident] = [], events: [AlertEvent] = [], hazards: [Hazard] = [], hazardEvents: [HazardEvent] = [],
        notifications: [OutboundNotification] = []
    ) {
        self.alerts = alerts
        self.incidents = incidents
        self.events = events
        self.hazards = hazards
        self.hazardEvents = hazardEvents
        self.notifications = notifications
    }

    public var isEmpty: Bool {
        alerts.isEmpty && incidents.isEmpty && events.isEmpty && hazards.isEmpty && hazardEvents.isEmpty && notifications.isEmpty
            && duty.isEmpty && swaps.isEmpty && swapEvents.isEmpty && filings.isEmpty && filingEvents.isEmpty && dutyWatermark == nil && storedReplies.isEmpty && replyCodes.isEmpty
            && dailyFilings.isEmpty && linkUses.isEmpty
    }
}
