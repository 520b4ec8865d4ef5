import Foundation

/// Where a swap stands: requested, then approved or refused by the leader on duty (or an
/// admin); cancelled when a reload takes away the shift or the place it swaps.
public enum SwapState: String, Sendable, CaseIterable {
    case requested, approved, refused, cancelled
}

/// A request to give one person's place in one shift to another person (换班).
///
/// Only an approved swap changes the roster: the partner then holds the requester's place, with
/// the partner's configured phone.
public struct Swap: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var shiftID: String
    /// The person id whose place is swapped.
    public var requester: String
    /// The person id who takes the place.
    public var partner: String
    public var note: String?
    public var requestedBy: ActorIdentity
    public var requestedAt: Date
    public var state: SwapState
    public var decidedBy: ActorIdentity?
    public var decidedAt: Date?
    /// Why it was refused or cancelled, or a note on the approval.
    public var reason: String?

    public init(
        id: Int64, shiftID: String, requester: String, partner: String, note: String?, requestedBy: ActorIdentity, requestedAt: Date,
        state: SwapState = .requested, decidedBy: ActorIdentity? = nil, decidedAt: Date? = nil, reason: String? = nil
    ) {
        self.id = id
        self.shiftID = shiftID
        self.requester = requester
        self.partner = partner
        self.note = note
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.state = state
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
    }

    /// Whether it still waits for a decision or changes the roster.
    public var isLive: Bool { state == .requested || state == .approved }

    /// `swap:3`, how its history records are keyed.
    public var historySubject: String { "swap:\(id)" }
}
