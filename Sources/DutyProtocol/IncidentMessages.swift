/// The structured fields of an incident report, as `io.dutyd.Report` takes them and `ShowAlert` shows them.
public struct IncidentFields: Codable, Sendable, Equatable {
    /// When it happened: ISO 8601 in a reply; in `Report`, also a local time such as `2026-10-02 14:05`.
    public var occurredAt: String?
    public var place: String?
    public var category: String?
    public var casualties: String?
    public var actionsTaken: String?
    public var reporter: String?
    public var contactNumber: String?

    public init(
        occurredAt: String? = nil, place: String? = nil, category: String? = nil, casualties: String? = nil, actionsTaken: String? = nil,
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

    enum CodingKeys: String, CodingKey {
        case place, category, casualties, reporter
        case occurredAt = "occurred_at"
        case actionsTaken = "actions_taken"
        case contactNumber = "contact_number"
    }
}

/// An incident as `io.dutyd.ShowAlert` shows it beside its alert.
public struct IncidentInfo: Codable, Sendable, Equatable {
    public var id: String
    public var severity: String
    public var reportedBy: String
    public var reportedAt: String
    public var details: IncidentFields
    public var writtenDueAt: String?
    public var writtenAt: String?

    public init(id: String, severity: String, reportedBy: String, reportedAt: String, details: IncidentFields, writtenDueAt: String?, writtenAt: String?) {
        self.id = id
        self.severity = severity
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
        self.details = details
        self.writtenDueAt = writtenDueAt
        self.writtenAt = writtenAt
    }

    enum CodingKeys: String, CodingKey {
        case id, severity, details
        case reportedBy = "reported_by"
        case reportedAt = "reported_at"
        case writtenDueAt = "written_due_at"
        case writtenAt = "written_at"
    }
}

/// Parameters of `io.dutyd.PassUpIncident` and `io.dutyd.FollowUpIncident`.
public struct IncidentStepRequest: Codable, Sendable, Equatable {
    public var incident: String
    public var note: String?
    /// FollowUpIncident only: this follow-up is the written report.
    public var written: Bool?

    public init(incident: String, note: String? = nil, written: Bool? = nil) {
        self.incident = incident
        self.note = note
        self.written = written
    }
}
