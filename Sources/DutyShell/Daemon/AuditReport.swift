import Foundation
import DutyCore
import DutyProtocol

/// Presents what `audit verify` found as its reply: the first finding (the chain, then the
/// journal's anchors, then the rows) as the problem, with times in the bureau's zone.
struct AuditReport {
    let reply: AuditVerifyReply

    init(_ audit: HistoryAudit, clock: WallClock, credential: Bool) {
        let mismatch = audit.rowMismatch.map { found in
            AuditRowMismatch(
                row: found.row, field: found.field, expected: Self.value(found.expected, isTime: found.isTime, clock),
                found: Self.value(found.found, isTime: found.isTime, clock))
        }
        let rowProblem = mismatch.map { "row \($0.row) does not hold what its history implies: \($0.field) should be \(Self.quoted($0.expected)), the row holds \(Self.quoted($0.found))" }
        reply = AuditVerifyReply(
            records: audit.records, intact: audit.intact, firstBroken: audit.firstBroken,
            problem: audit.chainProblem ?? audit.anchorProblem ?? rowProblem, anchors: audit.anchors, lastAnchored: audit.lastAnchored,
            mismatch: mismatch, key: credential ? "credential" : "state-directory")
    }

    /// A recorded value as shown: times in ISO 8601, none as "".
    private static func value(_ text: String, isTime: Bool, _ clock: WallClock) -> String {
        guard isTime, let milliseconds = Int64(text) else { return text }
        return clock.iso8601(Date(milliseconds: milliseconds))
    }

    private static func quoted(_ text: String) -> String {
        text.isEmpty ? "(none)" : "\"\(text)\""
    }
}
