import Foundation

/// An emergency (突发事件) reported by a unit; the level above must acknowledge it, or under a
/// `mandatory_upward` policy each level must pass it up.
public struct Incident: Sendable, Equatable, Identifiable {
    /// `I1`, `I2`, … in order of reporting.
    public var id: String
    public var unit: String
    public var summary: String
    public var severity: RiskLevel
    public var reportedBy: ActorIdentity
    public var reportedAt: Date
    public var details: IncidentDetails
    /// When the written report falls due (`written_within`); nil once filed, missed, or not required.
    public var writtenDueAt: Date?
    /// When the written report was filed, if it was.
    public var writtenAt: Date?

    public init(
        id: String, unit: String, summary: String, severity: RiskLevel, reportedBy: ActorIdentity, reportedAt: Date,
        details: IncidentDetails = IncidentDetails(), writtenDueAt: Date? = nil, writtenAt: Date? = nil
    ) {
        self.id = id
        self.unit = unit
        self.summary = summary
        self.severity = severity
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
        self.details = details
        self.writtenDueAt = writtenDueAt
        self.writtenAt = writtenAt
    }
}
