/// A unit's holiday roster filing (报备) as the control interface shows it (`io.dutyd.RosterFiling`).
public struct RosterFilingInfo: Codable, Sendable, Equatable {
    public var unit: String
    public var unitName: String
    public var period: String
    /// nil while not filed.
    public var filedAt: String?
    public var filedBy: String?
    /// When its `roster_not_filed` alert was raised.
    public var missedAt: String?

    enum CodingKeys: String, CodingKey {
        case unit, period
        case unitName = "unit_name"
        case filedAt = "filed_at"
        case filedBy = "filed_by"
        case missedAt = "missed_at"
    }

    public init(unit: String, unitName: String, period: String, filedAt: String?, filedBy: String?, missedAt: String?) {
        self.unit = unit
        self.unitName = unitName
        self.period = period
        self.filedAt = filedAt
        self.filedBy = filedBy
        self.missedAt = missedAt
    }
}

/// Parameters of `io.dutyd.FileRoster`.
public struct FileRosterRequest: Codable, Sendable, Equatable {
    public var unit: String
    public var period: String?

    public init(unit: String, period: String? = nil) {
        self.unit = unit
        self.period = period
    }
}

/// Reply of `io.dutyd.FileRoster`.
public struct FileRosterReply: Codable, Sendable, Equatable {
    public var filing: RosterFilingInfo

    public init(filing: RosterFilingInfo) {
        self.filing = filing
    }
}

/// Parameters of `io.dutyd.RosterFilings`.
public struct RosterFilingsRequest: Codable, Sendable, Equatable {
    public var period: String?
    public var unit: String?

    public init(period: String? = nil, unit: String? = nil) {
        self.period = period
        self.unit = unit
    }
}

/// Reply of `io.dutyd.RosterFilings`: every unit that must file, filed or not.
public struct RosterFilingsReply: Codable, Sendable, Equatable {
    public var period: String
    /// nil when `[duty] roster_filing_deadline` is not set.
    public var deadline: String?
    public var filings: [RosterFilingInfo]

    public init(period: String, deadline: String?, filings: [RosterFilingInfo]) {
        self.period = period
        self.deadline = deadline
        self.filings = filings
    }
}
