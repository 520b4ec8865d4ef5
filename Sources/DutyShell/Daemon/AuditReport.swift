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
        let rowProblem = audit.rowMismatch.flatMap { found in mismatch.map { Self.problem($0, kind: found.kind) } }
        reply = AuditVerifyReply(
            records: audit.records, intact: audit.intact, firstBroken: audit.firstBroken,
            problem: audit.chainProblem ?? audit.anchorProblem ?? rowProblem, anchors: audit.anchors, lastAnchored: audit.lastAnchored,
            mismatch: mismatch, key: credential ? "credential" : "state-directory")
    }

    /// The sentence naming a row that does not hold what its history implies.
    private static func problem(_ mismatch: AuditRowMismatch, kind: RowMismatch.Kind) -> String {
        switch kind {
        case .differs:
            "row \(mismatch.row) does not hold what its history implies: \(mismatch.field) should be \(quoted(mismatch.expected)), "
                + "the row holds \(quoted(mismatch.found))"
        case .noHistory: "row \(mismatch.row) has no history: dutyd did not write it"
        case .missing: "row \(mismatch.row) is missing, though its history has records"
        }
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
