/// A hazard as the control interface shows it (`io.dutyd.Hazard`).
public struct HazardInfo: Codable, Sendable, Equatable {
    public var id: String
    public var serial: String
    public var unit: String
    public var unitName: String
    public var location: String
    public var description: String
    public var category: String
    public var risk: String
    public var measure: String
    public var responsible: String
    public var deadline: String
    public var status: String
    public var overdue: Bool
    public var progress: String
    public var rectifiedBy: String?
    public var rectifiedAt: String?
    public var closedBy: String?
    public var closedAt: String?

    enum CodingKeys: String, CodingKey {
        case id, serial, unit, location, description, category, risk, measure, responsible, deadline, status, overdue, progress
        case unitName = "unit_name"
        case rectifiedBy = "rectified_by"
        case rectifiedAt = "rectified_at"
        case closedBy = "closed_by"
        case closedAt = "closed_at"
    }

    public init(
        id: String, serial: String, unit: String, unitName: String, location: String, description: String, category: String,
        risk: String, measure: String, responsible: String, deadline: String, status: String, overdue: Bool, progress: String,
        rectifiedBy: String?, rectifiedAt: String?, closedBy: String?, closedAt: String?
    ) {
        self.id = id
        self.serial = serial
        self.unit = unit
        self.unitName = unitName
        self.location = location
        self.description = description
        self.category = category
        self.risk = risk
        self.measure = measure
        self.responsible = responsible
        self.deadline = deadline
        self.status = status
        self.overdue = overdue
        self.progress = progress
        self.rectifiedBy = rectifiedBy
        self.rectifiedAt = rectifiedAt
        self.closedBy = closedBy
        self.closedAt = closedAt
    }
}

/// Parameters of `io.dutyd.Hazards` and `io.dutyd.ExportLedger`.
public struct HazardsRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var status: String?
    public var risk: String?
    public var overdue: Bool?
    /// For `ExportLedger`: `csv` (the default) or `xlsx`.
    public var format: String?

    public init(unit: String? = nil, status: String? = nil, risk: String? = nil, overdue: Bool? = nil, format: String? = nil) {
        self.unit = unit
        self.status = status
        self.risk = risk
        self.overdue = overdue
        self.format = format
    }
}

/// Reply of `io.dutyd.Hazards`.
public struct HazardsReply: Codable, Sendable, Equatable {
    public var hazards: [HazardInfo]

    public init(hazards: [HazardInfo]) {
        self.hazards = hazards
    }
}

/// Reply of `io.dutyd.ExportLedger`, `io.dutyd.ExportRoster` and `io.dutyd.ExportSummary`.
public struct ExportLedgerReply: Codable, Sendable, Equatable {
    /// The ledger as CSV; empty when the workbook was asked for.
    public var csv: String
    /// The ledger as an .xlsx workbook, base64.
    public var xlsx: String?

    public init(csv: String, xlsx: String? = nil) {
        self.csv = csv
        self.xlsx = xlsx
    }
}

/// Parameters of `io.dutyd.ShowHazard`.
public struct HazardIDRequest: Codable, Sendable, Equatable {
    public var id: String

    public init(id: String) {
        self.id = id
    }
}

/// Reply of `io.dutyd.ShowHazard`.
public struct ShowHazardReply: Codable, Sendable, Equatable {
    public var hazard: HazardInfo
    public var history: [HistoryEntryInfo]
    public var alerts: [AlertInfo]

    public init(hazard: HazardInfo, history: [HistoryEntryInfo], alerts: [AlertInfo]) {
        self.hazard = hazard
        self.history = history
        self.alerts = alerts
    }
}

/// Parameters of `io.dutyd.HazardProgress`, `HazardRectified`, `VerifyHazard` and `ReopenHazard`
/// (`note` is the reason of a reopening).
public struct HazardNoteRequest: Codable, Sendable, Equatable {
    public var id: String
    public var note: String?
    public var reason: String?

    public init(id: String, note: String? = nil, reason: String? = nil) {
        self.id = id
        self.note = note
        self.reason = reason
    }
}

/// Parameters of `io.dutyd.ExtendHazard`.
public struct ExtendHazardRequest: Codable, Sendable, Equatable {
    public var id: String
    public var deadline: String
    public var reason: String
    public var approvedBy: String

    enum CodingKeys: String, CodingKey {
        case id, deadline, reason
        case approvedBy = "approved_by"
    }

    public init(id: String, deadline: String, reason: String, approvedBy: String) {
        self.id = id
        self.deadline = deadline
        self.reason = reason
        self.approvedBy = approvedBy
    }
}

/// Reply of the hazard lifecycle methods.
public struct HazardReply: Codable, Sendable, Equatable {
    public var hazard: HazardInfo

    public init(hazard: HazardInfo) {
        self.hazard = hazard
    }
}

/// Parameters of `io.dutyd.Summary` and `io.dutyd.ExportSummary`.
public struct SummaryRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var since: String?
    /// For `ExportSummary`: `csv` (the default) or `xlsx`.
    public var format: String?

    public init(unit: String? = nil, since: String? = nil, format: String? = nil) {
        self.unit = unit
        self.since = since
        self.format = format
    }
}

/// The figures of one unit's subtree (`io.dutyd.UnitSummary`).
public struct UnitSummaryInfo: Codable, Sendable, Equatable {
    public var unit: String
    public var unitName: String
    public var depth: Int
    public var total: Int
    public var major: Int
    public var high: Int
    public var general: Int
    public var low: Int
    public var open: Int
    public var rectifying: Int
    public var rectified: Int
    public var closed: Int
    public var reopened: Int
    public var overdue: Int
    public var rectifiedInPeriod: Int
    public var closedInPeriod: Int
    /// 整改率: (rectified + closed) / total, nil when the unit has no hazards.
    public var rectificationRate: Double?

    enum CodingKeys: String, CodingKey {
        case unit, depth, total, major, high, general, low, open, rectifying, rectified, closed, reopened, overdue
        case unitName = "unit_name"
        case rectifiedInPeriod = "rectified_in_period"
        case closedInPeriod = "closed_in_period"
        case rectificationRate = "rectification_rate"
    }

    public init(
        unit: String, unitName: String, depth: Int, total: Int, major: Int, high: Int, general: Int, low: Int, open: Int,
        rectifying: Int, rectified: Int, closed: Int, reopened: Int, overdue: Int, rectifiedInPeriod: Int, closedInPeriod: Int,
        rectificationRate: Double? = nil
    ) {
        self.unit = unit
        self.unitName = unitName
        self.depth = depth
        self.total = total
        self.major = major
        self.high = high
        self.general = general
        self.low = low
        self.open = open
        self.rectifying = rectifying
        self.rectified = rectified
        self.closed = closed
        self.reopened = reopened
        self.overdue = overdue
        self.rectifiedInPeriod = rectifiedInPeriod
        self.closedInPeriod = closedInPeriod
        self.rectificationRate = rectificationRate
    }
}

/// Reply of `io.dutyd.Summary`.
public struct SummaryReply: Codable, Sendable, Equatable {
    public var since: String
    public var until: String
    public var units: [UnitSummaryInfo]

    public init(since: String, until: String, units: [UnitSummaryInfo]) {
        self.since = since
        self.until = until
        self.units = units
    }
}
