import Foundation

/// One hazard (隐患) on a rectification ledger, tracked until it is verified and closed.
public struct Hazard: Sendable, Equatable, Identifiable {
    /// Stable id: the ledger's 编号 when it has one, else `unit-序号` (see `LedgerColumns`).
    public var id: String
    /// The engine's internal number, in order of import; keys the due-time index.
    public var number: Int64
    /// The ledger fields, as imported (or changed by a later import).
    public var entry: LedgerEntry
    /// The rectification deadline (整改时限); changed only by an approved extension.
    public var deadline: Date
    public var status: HazardStatus
    /// The latest progress note (整改进展), empty when none.
    public var progress: String
    public var createdAt: Date
    public var rectifiedBy: ActorIdentity?
    public var rectifiedAt: Date?
    public var closedBy: ActorIdentity?
    public var closedAt: Date?
    /// The shortest reminder lead already sent for the current deadline.
    public var remindedLead: Duration?
    /// Whether the overdue alert for the current deadline has been raised.
    public var overdueRaised: Bool
    /// Whether the unverified alert for the current rectification report has been raised.
    public var unverifiedRaised: Bool

    public init(
        id: String, number: Int64, entry: LedgerEntry, deadline: Date, status: HazardStatus, progress: String, createdAt: Date,
        rectifiedBy: ActorIdentity? = nil, rectifiedAt: Date? = nil, closedBy: ActorIdentity? = nil, closedAt: Date? = nil,
        remindedLead: Duration? = nil, overdueRaised: Bool = false, unverifiedRaised: Bool = false
    ) {
        self.id = id
        self.number = number
        self.entry = entry
        self.deadline = deadline
        self.status = status
        self.progress = progress
        self.createdAt = createdAt
        self.rectifiedBy = rectifiedBy
        self.rectifiedAt = rectifiedAt
        self.closedBy = closedBy
        self.closedAt = closedAt
        self.remindedLead = remindedLead
        self.overdueRaised = overdueRaised
        self.unverifiedRaised = unverifiedRaised
    }

    public var unit: String { entry.unit }
    public var risk: RiskLevel { entry.risk }

    /// Past its deadline and not yet reported rectified.
    public func isOverdue(at now: Date) -> Bool {
        status.awaitsRectification && now >= deadline
    }

    /// The history subject, `hazard:ID`.
    public var subject: AlertSubject { AlertSubject(.hazard, id) }

    /// One line for alerts and notifications: `一楼东侧安全出口: 安全出口被杂物堵塞`.
    public var summary: String { "\(entry.location)：\(entry.description)" }
}

/// The columns of a ledger row that the ledger owns: what an import sets and compares.
public struct LedgerEntry: Sendable, Equatable {
    /// 序号 as written.
    public var serial: String
    /// The unit's id in the organisation tree.
    public var unit: String
    /// 隐患部位.
    public var location: String
    /// 隐患描述.
    public var description: String
    /// 隐患类别.
    public var category: String
    /// 风险等级.
    public var risk: RiskLevel
    /// 整改措施.
    public var measure: String
    /// 整改责任人, as written; matched to a configured person by name or id when alerts are sent.
    public var responsible: String

    public init(serial: String, unit: String, location: String, description: String, category: String, risk: RiskLevel, measure: String, responsible: String) {
        self.serial = serial
        self.unit = unit
        self.location = location
        self.description = description
        self.category = category
        self.risk = risk
        self.measure = measure
        self.responsible = responsible
    }
}
