import Foundation

/// An emergency (突发事件) reported by a unit; the level above must acknowledge it.
public struct Incident: Sendable, Equatable, Identifiable {
    /// `I1`, `I2`, … in order of reporting.
    public var id: String
    public var unit: String
    public var summary: String
    public var severity: RiskLevel
    public var reportedBy: ActorIdentity
    public var reportedAt: Date

    public init(id: String, unit: String, summary: String, severity: RiskLevel, reportedBy: ActorIdentity, reportedAt: Date) {
        self.id = id
        self.unit = unit
        self.summary = summary
        self.severity = severity
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
    }
}
