/// What an alert is about: a shift, a hazard or an incident, by id.
public struct AlertSubject: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case shift
        case hazard
        case incident
        /// A unit's holiday roster filing: `roster:dg-sy/国庆节`.
        case roster
        /// A unit's daily report for one day: `daily:dg-sy/2026-10-01`.
        case daily
    }

    public var kind: Kind
    public var id: String

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// `incident:I3`, the form stored and shown.
    public var description: String { "\(kind.rawValue):\(id)" }

    /// Parses the `kind:id` form.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"), let kind = Kind(rawValue: String(text[..<colon])) else { return nil }
        self.init(kind, String(text[text.index(after: colon)...]))
    }
}

/// People an alert reaches through the roles tied to its subject rather than to a unit.
public struct SubjectContacts: Hashable, Sendable {
    /// Level-0 `responsible`: the duty officer, the hazard's responsible person or the reporting unit's duty office.
    public var responsible: [String]
    public var dutyOfficer: [String]
    public var leaderOnDuty: [String]

    public init(responsible: [String], dutyOfficer: [String] = [], leaderOnDuty: [String] = []) {
        self.responsible = responsible
        self.dutyOfficer = dutyOfficer
        self.leaderOnDuty = leaderOnDuty
    }
}
