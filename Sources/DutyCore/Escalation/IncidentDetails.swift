import Foundation

/// The structured fields of an incident report as the rules require them (时间、地点、事件类型、
/// 伤亡情况、已采取的措施、报告人、联系电话); each may still be unknown when it is first reported.
public struct IncidentDetails: Sendable, Equatable {
    /// When it happened (the report's own time is `Incident.reportedAt`).
    public var occurredAt: Date?
    public var place: String?
    /// What kind of incident: 火灾, 食物中毒, 溺水 …, as the reporter words it.
    public var category: String?
    public var casualties: String?
    /// What was done so far (已采取的措施).
    public var actionsTaken: String?
    /// Who reports it, as a name (报告人).
    public var reporter: String?
    /// The number to call back (联系电话).
    public var contactNumber: String?

    public init(
        occurredAt: Date? = nil, place: String? = nil, category: String? = nil, casualties: String? = nil, actionsTaken: String? = nil,
        reporter: String? = nil, contactNumber: String? = nil
    ) {
        self.occurredAt = occurredAt
        self.place = place
        self.category = category
        self.casualties = casualties
        self.actionsTaken = actionsTaken
        self.reporter = reporter
        self.contactNumber = contactNumber
    }
}
