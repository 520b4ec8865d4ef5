/// Replays the history to what it says each alert and hazard row holds now, and finds the first
/// row that differs: the check behind `audit verify` that rows were not edited behind the daemon's back.
///
/// Fed the history records in order, it keeps each subject's latest recorded row; records written
/// before rows were recorded (`nil`) leave their subject unchecked until its next record.
public struct RowAudit: Sendable {
    /// Each subject's row as its latest history record left it; nil when that record predates recorded rows.
    private var implied: [String: AuditedRow?] = [:]

    public init() {}

    /// Takes the next history record of `subject` (in sequence order), with the row it recorded.
    public mutating func replay(subject: String, recorded: AuditedRow?) {
        guard subject.hasPrefix("alert:") || subject.hasPrefix("hazard:") else { return }
        implied[subject] = .some(recorded)
    }

    /// The first of `rows` (the rows as they are now, all alerts and hazards) that differs from what
    /// the history implies, in the order given; then any subject the history has and the rows lack.
    public func firstMismatch(in rows: [AuditedRow]) -> RowMismatch? {
        var seen: Set<String> = []
        for row in rows {
            seen.insert(row.subject)
            guard let entry = implied[row.subject] else {
                return RowMismatch(row: row.subject, field: "row", expected: "none", found: "a row", kind: .noHistory)
            }
            guard let expected = entry else { continue }
            for field in row.fields {
                let wanted = expected.fields.first { $0.name == field.name }
                if wanted?.value != field.value {
                    return RowMismatch(row: row.subject, field: field.name, expected: wanted?.value ?? "(absent)", found: field.value, isTime: field.isTime)
                }
            }
        }
        let missing = implied.keys.filter { !seen.contains($0) }.sorted()
        return missing.first.map { RowMismatch(row: $0, field: "row", expected: "a row", found: "none", kind: .missing) }
    }
}

/// A row that does not hold what its history says: which row, which field, expected vs found.
public struct RowMismatch: Sendable, Equatable {
    /// The row's history subject, `alert:17` or `hazard:dg-yey-1`.
    public var row: String
    public var field: String
    /// What the history implies, and what the row holds (times as milliseconds since 1970, "" for none).
    public var expected: String
    public var found: String
    public var isTime: Bool
    public var kind: Kind

    /// How the row differs.
    public enum Kind: Sendable, Equatable {
        /// A field holds something else.
        case differs
        /// The row has no history at all: dutyd did not write it.
        case noHistory
        /// The history has records of a row that is gone.
        case missing
    }

    public init(row: String, field: String, expected: String, found: String, isTime: Bool = false, kind: Kind = .differs) {
        self.row = row
        self.field = field
        self.expected = expected
        self.found = found
        self.isTime = isTime
        self.kind = kind
    }
}
