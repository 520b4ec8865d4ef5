/// Someone reached at an escalation level.
public struct RecipientInfo: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var phone: String

    public init(id: String, name: String, phone: String) {
        self.id = id
        self.name = name
        self.phone = phone
    }
}

/// An alert as the control interface shows it (`io.dutyd.Alert`).
public struct AlertInfo: Codable, Sendable, Equatable {
    public var id: Int64
    public var kind: String
    public var risk: String?
    public var state: String
    public var level: Int
    public var topLevel: Int
    public var unit: String
    public var unitName: String
    public var subject: String
    public var summary: String
    public var raisedAt: String
    public var nextEscalationAt: String?
    public var acknowledgedBy: String?
    public var acknowledgedAt: String?
    public var resolvedAt: String?
    public var recipients: [RecipientInfo]

    enum CodingKeys: String, CodingKey {
        case id, kind, risk, state, level, unit, subject, summary, recipients
        case topLevel = "top_level"
        case unitName = "unit_name"
        case raisedAt = "raised_at"
        case nextEscalationAt = "next_escalation_at"
        case acknowledgedBy = "acknowledged_by"
        case acknowledgedAt = "acknowledged_at"
        case resolvedAt = "resolved_at"
    }

    public init(
        id: Int64, kind: String, risk: String?, state: String, level: Int, topLevel: Int, unit: String, unitName: String,
        subject: String, summary: String, raisedAt: String, nextEscalationAt: String?, acknowledgedBy: String?,
        acknowledgedAt: String?, resolvedAt: String?, recipients: [RecipientInfo]
    ) {
        self.id = id
        self.kind = kind
        self.risk = risk
        self.state = state
        self.level = level
        self.topLevel = topLevel
        self.unit = unit
        self.unitName = unitName
        self.subject = subject
        self.summary = summary
        self.raisedAt = raisedAt
        self.nextEscalationAt = nextEscalationAt
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.resolvedAt = resolvedAt
        self.recipients = recipients
    }
}

/// One record of an alert's history (`io.dutyd.HistoryEntry`).
public struct HistoryEntryInfo: Codable, Sendable, Equatable {
    public var seq: Int64
    public var time: String
    public var actor: String
    public var action: String
    public var level: Int
    public var note: String?
    public var recipients: [String]
    public var dueAt: String?

    enum CodingKeys: String, CodingKey {
        case seq, time, actor, action, level, note, recipients
        case dueAt = "due_at"
    }

    public init(seq: Int64, time: String, actor: String, action: String, level: Int, note: String?, recipients: [String], dueAt: String?) {
        self.seq = seq
        self.dueAt = dueAt
        self.time = time
        self.actor = actor
        self.action = action
        self.level = level
        self.note = note
        self.recipients = recipients
    }
}

/// Parameters of `io.dutyd.Alerts`.
public struct AlertsRequest: Codable, Sendable, Equatable {
    public var state: String?
    public var unit: String?
    public var kind: String?
    public var level: Int?

    public init(state: String? = nil, unit: String? = nil, kind: String? = nil, level: Int? = nil) {
        self.state = state
        self.unit = unit
        self.kind = kind
        self.level = level
    }
}

/// Reply of `io.dutyd.Alerts`.
public struct AlertsReply: Codable, Sendable, Equatable {
    public var alerts: [AlertInfo]

    public init(alerts: [AlertInfo]) {
        self.alerts = alerts
    }
}

/// Parameters of `io.dutyd.ShowAlert`.
public struct AlertIDRequest: Codable, Sendable, Equatable {
    public var id: Int64

    public init(id: Int64) {
        self.id = id
    }
}

/// Reply of `io.dutyd.ShowAlert`.
public struct ShowAlertReply: Codable, Sendable, Equatable {
    public var alert: AlertInfo
    public var history: [HistoryEntryInfo]
    /// The incident an incident alert is about, with its fields.
    public var incident: IncidentInfo?

    public init(alert: AlertInfo, history: [HistoryEntryInfo], incident: IncidentInfo? = nil) {
        self.alert = alert
        self.history = history
        self.incident = incident
    }
}

/// Parameters of `io.dutyd.Acknowledge` and `io.dutyd.Resolve`.
public struct AlertActionRequest: Codable, Sendable, Equatable {
    public var id: Int64
    public var note: String?

    public init(id: Int64, note: String? = nil) {
        self.id = id
        self.note = note
    }
}

/// Reply of `io.dutyd.Acknowledge` and `io.dutyd.Resolve`.
public struct AlertReply: Codable, Sendable, Equatable {
    public var alert: AlertInfo

    public init(alert: AlertInfo) {
        self.alert = alert
    }
}

/// Parameters of `io.dutyd.Report`: the incident and its structured fields (`occurred_at` as a local time).
public struct ReportRequest: Codable, Sendable, Equatable {
    public var unit: String
    public var summary: String
    public var severity: String?
    public var details: IncidentFields

    public init(unit: String, summary: String, severity: String? = nil, details: IncidentFields = IncidentFields()) {
        self.unit = unit
        self.summary = summary
        self.severity = severity
        self.details = details
    }

    enum CodingKeys: String, CodingKey {
        case unit, summary, severity
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        unit = try container.decode(String.self, forKey: .unit)
        summary = try container.decode(String.self, forKey: .summary)
        severity = try container.decodeIfPresent(String.self, forKey: .severity)
        details = try IncidentFields(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(summary, forKey: .summary)
        try container.encodeIfPresent(severity, forKey: .severity)
        try details.encode(to: encoder)
    }
}

/// Reply of `io.dutyd.Report`.
public struct ReportReply: Codable, Sendable, Equatable {
    public var incident: String
    public var alert: AlertInfo

    public init(incident: String, alert: AlertInfo) {
        self.incident = incident
        self.alert = alert
    }
}

/// Reply of `io.dutyd.AuditVerify`.
public struct AuditVerifyReply: Codable, Sendable, Equatable {
    public var records: Int
    public var intact: Bool
    public var firstBroken: Int64?
    public var problem: String?
    /// Journal anchors compared with the history, and the highest record they name.
    public var anchors: Int
    public var lastAnchored: Int64?
    /// The first alert or hazard row that differs from what its history implies.
    public var mismatch: AuditRowMismatch?
    /// Where the audit key came from: `credential` (systemd) or `state-directory` (the weaker setup).
    public var key: String

    enum CodingKeys: String, CodingKey {
        case records, intact, problem, anchors, mismatch, key
        case firstBroken = "first_broken"
        case lastAnchored = "last_anchored"
    }

    public init(
        records: Int, intact: Bool, firstBroken: Int64?, problem: String?, anchors: Int = 0, lastAnchored: Int64? = nil,
        mismatch: AuditRowMismatch? = nil, key: String = "state-directory"
    ) {
        self.records = records
        self.intact = intact
        self.firstBroken = firstBroken
        self.problem = problem
        self.anchors = anchors
        self.lastAnchored = lastAnchored
        self.mismatch = mismatch
        self.key = key
    }
}

/// An alert or hazard row that differs from what its history implies.
public struct AuditRowMismatch: Codable, Sendable, Equatable {
    /// `alert:17` or `hazard:dg-yey-1`.
    public var row: String
    public var field: String
    public var expected: String
    public var found: String

    public init(row: String, field: String, expected: String, found: String) {
        self.row = row
        self.field = field
        self.expected = expected
        self.found = found
    }
}

/// One alert transition as `io.dutyd.Watch` streams it.
public struct EventInfo: Codable, Sendable, Equatable {
    public var time: String
    public var alert: AlertInfo
    public var action: String
    public var level: Int
    public var actor: String
    public var note: String?
    public var recipients: [String]

    public init(time: String, alert: AlertInfo, action: String, level: Int, actor: String, note: String?, recipients: [String]) {
        self.time = time
        self.alert = alert
        self.action = action
        self.level = level
        self.actor = actor
        self.note = note
        self.recipients = recipients
    }
}

/// Reply of `io.dutyd.Watch`: none in the first reply, then one per transition.
public struct WatchReply: Codable, Sendable, Equatable {
    public var event: EventInfo?

    public init(event: EventInfo?) {
        self.event = event
    }
}
