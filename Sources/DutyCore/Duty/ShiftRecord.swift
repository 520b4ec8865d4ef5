import Foundation

/// What happened on one shift so far: its reminder, its check-in and whether it was missed.
public struct ShiftRecord: Sendable, Equatable {
    public var shiftID: String
    public var remindedAt: Date?
    public var checkedInAt: Date?
    /// The user name that recorded the check-in.
    public var checkedInBy: ActorIdentity?
    /// When the missed check-in alert was raised.
    public var missedCheckinAt: Date?

    public init(shiftID: String, remindedAt: Date? = nil, checkedInAt: Date? = nil, checkedInBy: ActorIdentity? = nil, missedCheckinAt: Date? = nil) {
        self.shiftID = shiftID
        self.remindedAt = remindedAt
        self.checkedInAt = checkedInAt
        self.checkedInBy = checkedInBy
        self.missedCheckinAt = missedCheckinAt
    }
}
