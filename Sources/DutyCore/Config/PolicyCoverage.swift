import DutyPhrases
import DutyTOML

/// Checks that policies are not duplicated and that every alert kind and risk level has one
/// (`roster_not_filed` only when `[duty] roster_filing_deadline` is set, `daily_report_missing`
/// only when there is a `[daily_report]` table).
enum PolicyCoverage {
    static func check(_ drafts: [PolicyDraft], filing: Bool, daily: Bool, log: DiagnosticLog, at rootLocation: SourceLocation) {
        var seen: [String: SourceLocation] = [:]
        for draft in drafts {
            let key = "\(draft.kind.value.rawValue)/\(draft.risk?.value.rawValue ?? "*")"
            let location = draft.risk?.location ?? draft.kind.location
            if let first = seen[key] {
                let kind = draft.kind.value.rawValue, line = String(first.line)
                log.report(draft.risk.map { Phrase("config.duplicatePolicyRisk", kind, $0.value.rawValue, line) } ?? Phrase("config.duplicatePolicy", kind, line), at: location)
            } else {
                seen[key] = location
            }
        }
        let policies = drafts.map(\.policy)
        for kind in AlertKind.allCases where (filing || kind != .rosterNotFiled) && (daily || kind != .dailyReportMissing) {
            let risks: [RiskLevel?] = kind.isGradedByRisk ? RiskLevel.allCases : [nil]
            let uncovered = risks.filter { policies.policy(for: kind, risk: $0) == nil }
            guard !uncovered.isEmpty else { continue }
            let named = uncovered.compactMap { $0.map { "\"\($0.rawValue)\"" } }
            log.report(
                kind.isGradedByRisk ? Phrase("config.noPolicyRisk", kind.rawValue, named.joined(separator: ", "), named.joined(separator: "、")) : Phrase("config.noPolicy", kind.rawValue),
                at: rootLocation)
        }
    }
}
