import DutyTOML

/// Checks that policies are not duplicated and that every alert kind and risk level has one.
enum PolicyCoverage {
    static func check(_ drafts: [PolicyDraft], log: DiagnosticLog, at rootLocation: SourceLocation) {
        var seen: [String: SourceLocation] = [:]
        for draft in drafts {
            let key = "\(draft.kind.value.rawValue)/\(draft.risk?.value.rawValue ?? "*")"
            let location = draft.risk?.location ?? draft.kind.location
            if let first = seen[key] {
                let risk = draft.risk.map { " and risk \"\($0.value.rawValue)\"" } ?? " without risk"
                log.report("duplicate policy for kind \"\(draft.kind.value.rawValue)\"\(risk) (first defined at line \(first.line))", at: location)
            } else {
                seen[key] = location
            }
        }
        let policies = drafts.map(\.policy)
        for kind in AlertKind.allCases {
            let risks: [RiskLevel?] = kind.isGradedByRisk ? RiskLevel.allCases : [nil]
            let uncovered = risks.filter { policies.policy(for: kind, risk: $0) == nil }
            guard !uncovered.isEmpty else { continue }
            let which = kind.isGradedByRisk ? " for risk " + uncovered.compactMap { $0.map { "\"\($0.rawValue)\"" } }.joined(separator: ", ") : ""
            log.report("no escalation policy for \"\(kind.rawValue)\" alerts\(which): add a [[policies]] entry with kind = \"\(kind.rawValue)\"", at: rootLocation)
        }
    }
}
