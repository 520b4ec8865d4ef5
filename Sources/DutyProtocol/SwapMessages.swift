/// A swap (换班) as the control interface shows it (`io.dutyd.Swap`).
public struct SwapInfo: Codable, Sendable, Equatable {
    public var id: Int64
    public var shift: String
    public var unit: String
    public var unitName: String
    public var requester: String
    public var requesterName: String
    public var partner: String
    public var partnerName: String
    /// `requested`, `approved`, `refused` or `cancelled`.
    public var state: String
    public var note: String?
    public var requestedBy: String
    public var requestedAt: String
    public var decidedBy: String?
    public var decidedAt: String?
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case id, shift, unit, requester, partner, state, note, reason
        case unitName = "unit_name"
        case requesterName = "requester_name"
        case partnerName = "partner_name"
        case requestedBy = "requested_by"
        case requestedAt = "requested_at"
        case decidedBy = "decided_by"
        case decidedAt = "decided_at"
    }

    public init(
        id: Int64, shift: String, unit: String, unitName: String, requester: String, requesterName: String, partner: String, partnerName: String,
        state: String, note: String?, requestedBy: String, requestedAt: String, decidedBy: String?, decidedAt: String?, reason: String?
    ) {
        self.id = id
        self.shift = shift
        self.unit = unit
        self.unitName = unitName
        self.requester = requester
        self.requesterName = requesterName
        self.partner = partner
        self.partnerName = partnerName
        self.state = state
        self.note = note
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
    }
}

/// Parameters of `io.dutyd.RequestSwap`: the place of the person `for` names in `shift`, to `with`.
public struct RequestSwapRequest: Codable, Sendable, Equatable {
    public var shift: String
    public var with: String
    public var note: String?

    public init(shift: String, with: String, note: String? = nil) {
        self.shift = shift
        self.with = with
        self.note = note
    }
}

/// Parameters of `io.dutyd.DecideSwap`.
public struct DecideSwapRequest: Codable, Sendable, Equatable {
    public var id: Int64
    /// `approve` or `refuse`.
    public var decision: String
    public var reason: String?

    public init(id: Int64, decision: String, reason: String? = nil) {
        self.id = id
        self.decision = decision
        self.reason = reason
    }
}

/// Parameters of `io.dutyd.Swaps`.
public struct SwapsRequest: Codable, Sendable, Equatable {
    public var unit: String?

    public init(unit: String? = nil) {
        self.unit = unit
    }
}

/// Reply of `io.dutyd.RequestSwap` and `io.dutyd.DecideSwap`.
public struct SwapReply: Codable, Sendable, Equatable {
    public var swap: SwapInfo

    public init(swap: SwapInfo) {
        self.swap = swap
    }
}

/// Reply of `io.dutyd.Swaps`.
public struct SwapsReply: Codable, Sendable, Equatable {
    public var swaps: [SwapInfo]

    public init(swaps: [SwapInfo]) {
        self.swaps = swaps
    }
}
