/// A spot check as the control interface shows it (`io.dutyd.SpotCheck`).
public struct SpotCheckInfo: Codable, Sendable, Equatable {
    public var id: Int64
    public var shift: String
    public var state: String
    /// `duty_officer` or `leader_on_duty`.
    public var target: String
    public var requestedAt: String
    public var requestedBy: String
    public var dueAt: String
    public var confirmedAt: String?
    /// What the checker recorded: `phone`, `on_site` or `video`; nil for a request to confirm.
    public var method: String?
    public var phone: String?
    /// `answered_at_post`, `no_answer`, `someone_else` or `off_post`.
    public var outcome: String?
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case id, shift, state, target
        case requestedAt = "requested_at"
        case requestedBy = "requested_by"
        case dueAt = "due_at"
        case confirmedAt = "confirmed_at"
        case method, phone, outcome, note
    }

    public init(
        id: Int64, shift: String, state: String, target: String, requestedAt: String, requestedBy: String, dueAt: String, confirmedAt: String?,
        method: String? = nil, phone: String? = nil, outcome: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.shift = shift
        self.state = state
        self.target = target
        self.requestedAt = requestedAt
        self.requestedBy = requestedBy
        self.dueAt = dueAt
        self.confirmedAt = confirmedAt
        self.method = method
        self.phone = phone
        self.outcome = outcome
        self.note = note
    }
}

/// Parameters of `io.dutyd.SpotCheck`: without an outcome, a request to confirm presence; with
/// one, the record of a spot check made by hand.
public struct SpotCheckRequest: Codable, Sendable, Equatable {
    public var unit: String
    /// `duty_officer` (default) or `leader_on_duty`.
    public var target: String?
    /// `phone` (default when an outcome is given), `on_site` or `video`.
    public var method: String?
    /// The number called, if not the roster's.
    public var phone: String?
    public var outcome: String?
    public var note: String?

    public init(unit: String, target: String? = nil, method: String? = nil, phone: String? = nil, outcome: String? = nil, note: String? = nil) {
        self.unit = unit
        self.target = target
        self.method = method
        self.phone = phone
        self.outcome = outcome
        self.note = note
    }
}

/// Reply of `io.dutyd.SpotCheck`.
public struct SpotCheckReply: Codable, Sendable, Equatable {
    public var shift: ShiftInfo
    public var spotCheck: SpotCheckInfo

    enum CodingKeys: String, CodingKey {
        case shift
        case spotCheck = "spot_check"
    }

    public init(shift: ShiftInfo, spotCheck: SpotCheckInfo) {
        self.shift = shift
        self.spotCheck = spotCheck
    }
}
