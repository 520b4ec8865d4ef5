import Foundation

/// The fields of an alert or hazard row that its history vouches for: written with each history
/// record of the row, so that `audit verify` can compare the row with what its history says.
public struct AuditedRow: Sendable, Equatable {
    /// One audited field, its value as text (times as milliseconds since 1970).
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
        /// Whether the value is a time, to be shown as one.
        public var isTime: Bool

        public init(_ name: String, _ value: String, isTime: Bool = false) {
            self.name = name
            self.value = value
            self.isTime = isTime
        }
    }

    /// The row's history subject: `alert:17`, `hazard:dg-yey-1`.
    public var subject: String
    public var fields: [Field]

    public init(subject: String, fields: [Field]) {
        self.subject = subject
        self.fields = fields
    }

    /// An alert's state, level, deadline, acknowledgement and what it is about.
    public init(_ alert: Alert) {
        self.init(
            subject: "alert:\(alert.id)",
            fields: [
                Field("kind", alert.kind.rawValue), Field("subject", alert.subject.description), Field("unit", alert.unit),
                Field("state", alert.state.rawValue), Field("level", String(alert.level)),
                Self.time("raised_at", alert.raisedAt), Self.time("next_due_at", alert.nextDueAt),
                Field("acknowledged_by", alert.acknowledgedBy?.description ?? ""), Self.time("acknowledged_at", alert.acknowledgedAt),
                Self.time("resolved_at", alert.resolvedAt),
            ])
    }

    /// A hazard's ledger fields, deadline, status and who rectified and closed it.
    public init(_ hazard: Hazard) {
        let entry = hazard.entry
        self.init(
            subject: hazard.subject.description,
            fields: [
                Field("unit", entry.unit), Field("location", entry.location), Field("description", entry.description),
                Field("category", entry.category), Field("risk", entry.risk.rawValue), Field("measure", entry.measure),
                Field("responsible", entry.responsible), Self.time("deadline", hazard.deadline), Field("status", hazard.status.rawValue),
                Field("progress", hazard.progress), Field("rectified_by", hazard.rectifiedBy?.description ?? ""),
                Self.time("rectified_at", hazard.rectifiedAt), Field("closed_by", hazard.closedBy?.description ?? ""),
                Self.time("closed_at", hazard.closedAt),
            ])
    }

    /// The recorded form: a JSON array of `[name, value]` pairs in field order, written by hand
    /// because every history record of a commit carries one (JSONEncoder is several times slower).
    public var recorded: String {
        var text = "["
        for (index, field) in fields.enumerated() {
            text += (index == 0 ? "[" : ",[") + Self.quoted(field.name) + "," + Self.quoted(field.value) + "]"
        }
        return text + "]"
    }

    /// `text` as a JSON string.
    private static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where scalar.value < 0x20: quoted += String(format: "\\u%04x", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// Reads a recorded form back; nil when it is not one. Times are known by their names.
    public init?(subject: String, recorded: String) {
        guard let pairs = try? JSONDecoder().decode([[String]].self, from: Data(recorded.utf8)), pairs.allSatisfy({ $0.count == 2 }) else { return nil }
        self.init(subject: subject, fields: pairs.map { Field($0[0], $0[1], isTime: Self.timeNames.contains($0[0])) })
    }

    /// The fields that hold times.
    private static let timeNames: Set = ["raised_at", "next_due_at", "acknowledged_at", "resolved_at", "deadline", "rectified_at", "closed_at"]

    private static func time(_ name: String, _ date: Date?) -> Field {
        Field(name, date.map { String($0.milliseconds) } ?? "", isTime: true)
    }
}
