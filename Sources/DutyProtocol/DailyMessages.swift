/// One unit's figures for one day of a holiday (`io.dutyd.DailyFigures`).
public struct DailyFiguresInfo: Codable, Sendable, Equatable {
    public var shifts: Int
    public var onTime: Int
    public var late: Int
    public var missed: Int
    public var spotChecks: Int
    public var spotChecksConfirmed: Int
    public var spotChecksMissed: Int
    public var incidents: Int
    public var followUps: Int
    public var hazardsFound: Int
    public var hazardsRectified: Int
    public var hazardsOverdue: Int
    public var hazardsTotal: Int
    public var hazardsRectifiedTotal: Int
    /// 整改率, 0 to 1; nil without hazards.
    public var rectificationRate: Double?

    enum CodingKeys: String, CodingKey {
        case shifts, late, missed, incidents
        case onTime = "on_time"
        case spotChecks = "spot_checks"
        case spotChecksConfirmed = "spot_checks_confirmed"
        case spotChecksMissed = "spot_checks_missed"
        case followUps = "follow_ups"
        case hazardsFound = "hazards_found"
        case hazardsRectified = "hazards_rectified"
        case hazardsOverdue = "hazards_overdue"
        case hazardsTotal = "hazards_total"
        case hazardsRectifiedTotal = "hazards_rectified_total"
        case rectificationRate = "rectification_rate"
    }

    public init(
        shifts: Int, onTime: Int, late: Int, missed: Int, spotChecks: Int, spotChecksConfirmed: Int, spotChecksMissed: Int, incidents: Int,
        followUps: Int, hazardsFound: Int, hazardsRectified: Int, hazardsOverdue: Int, hazardsTotal: Int, hazardsRectifiedTotal: Int,
        rectificationRate: Double?
    ) {
        self.shifts = shifts
        self.onTime = onTime
        self.late = late
        self.missed = missed
        self.spotChecks = spotChecks
        self.spotChecksConfirmed = spotChecksConfirmed
        self.spotChecksMissed = spotChecksMissed
        self.incidents = incidents
        self.followUps = followUps
        self.hazardsFound = hazardsFound
        self.hazardsRectified = hazardsRectified
        self.hazardsOverdue = hazardsOverdue
        self.hazardsTotal = hazardsTotal
        self.hazardsRectifiedTotal = hazardsRectifiedTotal
        self.rectificationRate = rectificationRate
    }
}

/// A unit's line in a daily report (`io.dutyd.DailyUnit`): the unit itself or one directly below.
public struct DailyUnitInfo: Codable, Sendable, Equatable {
    public var unit: String
    public var unitName: String
    /// True for the unit's own lines; false for a unit below, summed over its subtree.
    public var own: Bool
    /// `note`, `zero` (零报告) or `none`.
    public var filed: String
    /// Filed after the day's deadline (补报).
    public var late: Bool
    public var note: String?
    /// Who filed it and how (`刘洋 <sy-liu> via link from 127.0.0.1`); nil when nothing is filed.
    public var filedBy: String?
    public var figures: DailyFiguresInfo

    enum CodingKeys: String, CodingKey {
        case unit, own, filed, late, note, figures
        case unitName = "unit_name"
        case filedBy = "filed_by"
    }

    public init(unit: String, unitName: String, own: Bool, filed: String, late: Bool = false, note: String?, filedBy: String? = nil, figures: DailyFiguresInfo) {
        self.unit = unit
        self.unitName = unitName
        self.own = own
        self.filed = filed
        self.late = late
        self.note = note
        self.filedBy = filedBy
        self.figures = figures
    }
}

/// A shift of the unit that started that day (`io.dutyd.DailyShift`).
public struct DailyShiftInfo: Codable, Sendable, Equatable {
    public var shift: String
    public var start: String
    public var end: String
    /// Names joined with 、.
    public var dutyOfficers: String
    public var leaderOnDuty: String?
    /// `on_time`, `late`, `missed` or `pending`.
    public var status: String
    public var checkedInAt: String?
    public var minutesLate: Int?

    enum CodingKeys: String, CodingKey {
        case shift, start, end, status
        case dutyOfficers = "duty_officers"
        case leaderOnDuty = "leader_on_duty"
        case checkedInAt = "checked_in_at"
        case minutesLate = "minutes_late"
    }

    public init(shift: String, start: String, end: String, dutyOfficers: String, leaderOnDuty: String?, status: String, checkedInAt: String?, minutesLate: Int?) {
        self.shift = shift
        self.start = start
        self.end = end
        self.dutyOfficers = dutyOfficers
        self.leaderOnDuty = leaderOnDuty
        self.status = status
        self.checkedInAt = checkedInAt
        self.minutesLate = minutesLate
    }
}

/// A spot check requested that day (`io.dutyd.DailySpotCheck`).
public struct DailySpotCheckInfo: Codable, Sendable, Equatable {
    public var id: Int64
    public var requestedAt: String
    public var names: String
    /// `open`, `confirmed` or `missed`.
    public var state: String
    /// What the checker recorded (`电话抽查 …：本人在岗接听`), nil for a request to confirm.
    public var found: String?

    enum CodingKeys: String, CodingKey {
        case id, names, state, found
        case requestedAt = "requested_at"
    }

    public init(id: Int64, requestedAt: String, names: String, state: String, found: String?) {
        self.id = id
        self.requestedAt = requestedAt
        self.names = names
        self.state = state
        self.found = found
    }
}

/// An incident reported or followed up that day (`io.dutyd.DailyIncident`).
public struct DailyIncidentInfo: Codable, Sendable, Equatable {
    public var id: String
    public var summary: String
    public var severity: String
    public var reportedAt: String
    public var reportedThatDay: Bool
    public var followUps: Int
    public var resolved: Bool

    enum CodingKeys: String, CodingKey {
        case id, summary, severity, resolved
        case reportedAt = "reported_at"
        case reportedThatDay = "reported_that_day"
        case followUps = "follow_ups"
    }

    public init(id: String, summary: String, severity: String, reportedAt: String, reportedThatDay: Bool, followUps: Int, resolved: Bool) {
        self.id = id
        self.summary = summary
        self.severity = severity
        self.reportedAt = reportedAt
        self.reportedThatDay = reportedThatDay
        self.followUps = followUps
        self.resolved = resolved
    }
}

/// Parameters of `io.dutyd.DailyReport` and, with `format` (csv or xlsx), `io.dutyd.ExportDailyReport`.
public struct DailyReportRequest: Codable, Sendable, Equatable {
    public var date: String?
    public var unit: String?
    public var format: String?

    public init(date: String?, unit: String?, format: String? = nil) {
        self.date = date
        self.unit = unit
        self.format = format
    }
}

/// Reply of `io.dutyd.DailyReport`: the unit's own lines, then one line per unit (itself first,
/// then each unit directly below) and the totals.
public struct DailyReportReply: Codable, Sendable, Equatable {
    public var unit: String
    public var unitName: String
    public var date: String
    public var period: String
    public var shifts: [DailyShiftInfo]
    public var spotChecks: [DailySpotCheckInfo]
    public var incidents: [DailyIncidentInfo]
    public var units: [DailyUnitInfo]
    public var totals: DailyFiguresInfo

    enum CodingKeys: String, CodingKey {
        case unit, date, period, shifts, incidents, units, totals
        case unitName = "unit_name"
        case spotChecks = "spot_checks"
    }

    public init(
        unit: String, unitName: String, date: String, period: String, shifts: [DailyShiftInfo], spotChecks: [DailySpotCheckInfo],
        incidents: [DailyIncidentInfo], units: [DailyUnitInfo], totals: DailyFiguresInfo
    ) {
        self.unit = unit
        self.unitName = unitName
        self.date = date
        self.period = period
        self.shifts = shifts
        self.spotChecks = spotChecks
        self.incidents = incidents
        self.units = units
        self.totals = totals
    }
}

/// Parameters of `io.dutyd.FileDailyReport`: a unit's note for the day, or without one a zero report.
public struct FileDailyReportRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var date: String?
    public var note: String?

    public init(unit: String?, date: String?, note: String?) {
        self.unit = unit
        self.date = date
        self.note = note
    }
}

/// Reply of `io.dutyd.FileDailyReport`: what was filed, when and by whom.
public struct FileDailyReportReply: Codable, Sendable, Equatable {
    public var unit: String
    public var unitName: String
    public var date: String
    /// `note` or `zero`.
    public var filed: String
    public var note: String?
    public var filedAt: String
    public var filedBy: String
    /// Filed after the day's deadline (补报).
    public var late: Bool

    enum CodingKeys: String, CodingKey {
        case unit, date, filed, note, late
        case unitName = "unit_name"
        case filedAt = "filed_at"
        case filedBy = "filed_by"
    }

    public init(unit: String, unitName: String, date: String, filed: String, note: String?, filedAt: String, filedBy: String, late: Bool = false) {
        self.unit = unit
        self.unitName = unitName
        self.date = date
        self.filed = filed
        self.note = note
        self.filedAt = filedAt
        self.filedBy = filedBy
        self.late = late
    }
}

/// Parameters of `io.dutyd.SendDailyReport`: one unit, or every unit with a parent when nil.
public struct SendDailyReportRequest: Codable, Sendable, Equatable {
    public var unit: String?
    public var date: String?

    public init(unit: String?, date: String?) {
        self.unit = unit
        self.date = date
    }
}

/// Reply of `io.dutyd.SendDailyReport`: the day, the units whose reports were sent and the notices queued.
public struct SendDailyReportReply: Codable, Sendable, Equatable {
    public var date: String
    public var units: [String]
    public var notifications: Int

    public init(date: String, units: [String], notifications: Int) {
        self.date = date
        self.units = units
        self.notifications = notifications
    }
}
