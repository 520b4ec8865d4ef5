/// A shift as the control interface shows it (`io.dutyd.Shift`).
public struct ShiftInfo: Codable, Sendable, Equatable {
    public var id: String
    public var unit: String
    public var unitName: String
    public var start: String
    public var end: String
    public var dutyOfficer: RecipientInfo
    /// Further duty officers of the same shift (a roster cell naming two), in roster order.
    public var otherDutyOfficers: [RecipientInfo]
    public var leaderOnDuty: RecipientInfo?
    public var status: String
    public var checkedInAt: String?
    public var checkedInBy: String?

    enum CodingKeys: String, CodingKey {
        case id, unit, start, end, status
        case unitName = "unit_name"
        case dutyOfficer = "duty_officer"
        case otherDutyOfficers = "other_duty_officers"
        case leaderOnDuty = "leader_on_duty"
        case checkedInAt = "checked_in_at"
        case checkedInBy = "checked_in_by"
    }

    public init(
        id: String, unit: String, unitName: String, start: String, end: String, dutyOfficer: RecipientInfo, otherDutyOfficers: [RecipientInfo] = [],
        leaderOnDuty: RecipientInfo?, status: String, checkedInAt: String?, checkedInBy: String?
    ) {
        self.id = id
        self.unit = unit
        self.unitName = unitName
        self.start = start
        self.end = end
        self.dutyOfficer = dutyOfficer
        self.otherDutyOfficers = otherDutyOfficers
        self.leaderOnDuty = leaderOnDuty
        self.status = status
        self.checkedInAt = checkedInAt
        self.checkedInBy = checkedInBy
    }
}

/// A fault of the roster (`io.dutyd.RosterGap`).
public struct RosterGapInfo: Codable, Sendable, Equatable {
    public var kind: String
    public var unit: String
    public var unitName: String
    public var start: String
    public var end: String
    public var hours: Double
    public var shifts: [String]
    public var holiday: String?

    enum CodingKeys: String, CodingKey {
        case kind, unit, start, end, hours, shifts, holiday
        case unitName = "unit_name"
    }

    public init(kind: String, unit: String, unitName: String, start: String, end: String, hours: Double, shifts: [String], holiday: String?) {
        self.kind = kind
        self.unit = unit
        self.unitName = unitName
        self.start = start
        self.end = end
        self.hours = hours
        self.shifts = shifts
        self.holiday = holiday
    }
}

/// Parameters of `io.dutyd.OnCall`.
public struct OnCallRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var at: String?

    public init(unit: String? = nil, at: String? = nil) {
        self.unit = unit
        self.at = at
    }
}

/// Reply of `io.dutyd.OnCall`.
public struct OnCallReply: Codable, Sendable, Equatable {
    public var at: String
    public var shifts: [ShiftInfo]

    public init(at: String, shifts: [ShiftInfo]) {
        self.at = at
        self.shifts = shifts
    }
}

/// Parameters of `io.dutyd.Roster` and `io.dutyd.ExportRoster`.
public struct RosterRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var from: String?
    public var to: String?
    /// For `ExportRoster`: `csv` (the default) or `xlsx`.
    public var format: String?

    public init(unit: String? = nil, from: String? = nil, to: String? = nil, format: String? = nil) {
        self.unit = unit
        self.from = from
        self.to = to
        self.format = format
    }
}

/// Reply of `io.dutyd.Roster`.
public struct RosterReply: Codable, Sendable, Equatable {
    public var shifts: [ShiftInfo]
    public var gaps: [RosterGapInfo]

    public init(shifts: [ShiftInfo], gaps: [RosterGapInfo]) {
        self.shifts = shifts
        self.gaps = gaps
    }
}

/// Parameters of `io.dutyd.CheckIn`.
public struct CheckInRequest: Codable, Sendable, Equatable {
    public var shift: String?
    public var unit: String?
    public var person: String?

    public init(shift: String? = nil, unit: String? = nil, person: String? = nil) {
        self.shift = shift
        self.unit = unit
        self.person = person
    }
}

/// Reply of `io.dutyd.CheckIn`.
public struct CheckInReply: Codable, Sendable, Equatable {
    public var shift: ShiftInfo
    public var confirmedSpotChecks: [Int64]

    enum CodingKeys: String, CodingKey {
        case shift
        case confirmedSpotChecks = "confirmed_spot_checks"
    }

    public init(shift: ShiftInfo, confirmedSpotChecks: [Int64]) {
        self.shift = shift
        self.confirmedSpotChecks = confirmedSpotChecks
    }
}
