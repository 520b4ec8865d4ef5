import Foundation

/// One step of a swap, as recorded in the history and the journal and told to those it concerns.
public struct SwapEvent: Sendable, Equatable {
    public var swapID: Int64
    public var time: Date
    public var actor: ActorIdentity
    /// The state the swap entered.
    public var state: SwapState
    /// The request's note, or the reason of a decision or cancellation.
    public var note: String?
    /// Person ids told: the requester, the partner and the leader on duty, but not the one who acted.
    public var recipients: [String]

    public init(swapID: Int64, time: Date, actor: ActorIdentity, state: SwapState, note: String?, recipients: [String]) {
        self.swapID = swapID
        self.time = time
        self.actor = actor
        self.state = state
        self.note = note
        self.recipients = recipients
    }
}
