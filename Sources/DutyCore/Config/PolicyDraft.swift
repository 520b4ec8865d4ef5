import DutyPhrases
import DutyTOML

/// A `[[policies]]` entry as written, with positions kept for the coverage check.
struct PolicyDraft {
    var kind: Located<AlertKind>
    var risk: Located<RiskLevel>?
    var policy: EscalationPolicy

    static let keys = ["kind", "risk", "levels", "repeat", "resolve_within", "mandatory_upward", "phone_within", "written_within"]
    static let levelKeys = ["role", "up", "timeout"]
    static let roles = ["responsible", "duty_officer", "leader_on_duty"] + ContactRole.allCases.map(\.rawValue)

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> PolicyDraft? {
        let context = "[[policies]] entry \(number)"
        let reader = TableReader(table, context: context, known: keys, log: log)
        let before = log.diagnostics.count
        let kind = reader.requiredChoice("kind", as: AlertKind.self)
        let risk = reader.choice("risk", as: RiskLevel.self)
        if let kind, let risk, !kind.value.isGradedByRisk {
            log.report(Phrase("config.noRiskLevel", "\(kind.value.rawValue)"), at: risk.location)
        }
        let levelTables = reader.tables("levels")
        if levelTables.isEmpty {
            log.report(Phrase("config.noLevels", "\(context)"), at: reader.table["levels"]?.node.location ?? table.location)
        }
        var levels: [EscalationLevel] = []
        var previousUp = 0
        for (index, levelTable) in levelTables.enumerated() {
            guard let level = decodeLevel(levelTable, context: "level \(index) of \(context)", kind: kind?.value, log: log) else { continue }
            if case .contact(_, let up) = level.target {
                if up < previousUp {
                    log.report(Phrase("config.levelsDescend", "\(index)", "\(up)", "\(previousUp)"), at: levelTable.location)
                }
                previousUp = up
            }
            levels.append(level)
        }
        let resolveWithin = reader.requiredDuration("resolve_within")
        let repeatInterval = reader.duration("repeat")?.value ?? levels.last?.timeout
        let reporting = decodeReporting(reader, kind: kind?.value, log: log)
        guard log.diagnostics.count == before, let kind, let resolveWithin, let repeatInterval else { return nil }
        let policy = EscalationPolicy(
            kind: kind.value, risk: risk?.value, levels: levels, repeatInterval: repeatInterval, resolveWithin: resolveWithin.value, reporting: reporting)
        return PolicyDraft(kind: kind, risk: risk, policy: policy)
    }

    /// The incident reporting keys; each is refused at its position on a policy for another kind.
    private static func decodeReporting(_ reader: TableReader, kind: AlertKind?, log: DiagnosticLog) -> IncidentReporting {
        let mandatory = reader.boolean("mandatory_upward")
        let phone = reader.duration("phone_within")
        let written = reader.duration("written_within")
        if let kind, kind != .incident {
            let located: [(String, SourceLocation?)] = [
                ("mandatory_upward", mandatory?.location), ("phone_within", phone?.location), ("written_within", written?.location),
            ]
            for case let (key, location?) in located {
                log.report("\"\(key)\" applies only to incident policies, not \"\(kind.rawValue)\"; remove it", at: location)
            }
        }
        return IncidentReporting(mandatoryUpward: mandatory?.value ?? false, phoneWithin: phone?.value, writtenWithin: written?.value)
    }

    private static func decodeLevel(_ table: TOMLTable, context: String, kind: AlertKind?, log: DiagnosticLog) -> EscalationLevel? {
        let reader = TableReader(table, context: context, known: levelKeys, log: log)
        let timeout = reader.requiredDuration("timeout")
        let up = reader.integer("up")
        guard let role = reader.requiredString("role", expected: "one of " + roles.map { "\"\($0)\"" }.joined(separator: ", ")) else { return nil }
        let target: EscalationTarget
        switch role.value {
        case "responsible": target = .responsible
        case "duty_officer": target = .dutyOfficer
        case "leader_on_duty": target = .leaderOnDuty
        default:
            guard let contact = ContactRole(rawValue: role.value) else {
                let quoted = roles.map { "\"\($0)\"" }
                log.report(Phrase("config.unknownRole", role.value, quoted.joined(separator: ", "), quoted.joined(separator: "、")), at: role.location)
                return nil
            }
            let steps = up?.value ?? 0
            guard (0...3).contains(steps) else {
                log.report(Phrase("config.upRange", "\(steps)"), at: up?.location ?? table.location)
                return nil
            }
            target = .contact(contact, up: Int(steps))
        }
        if case .contact = target {} else if let up {
            log.report(Phrase("config.upRoles", "\(role.value)"), at: up.location)
        }
        if target == .dutyOfficer || target == .leaderOnDuty, let kind, kind != .missedCheckin, kind != .absentAtSpotCheck {
            log.report(Phrase("config.shiftRole", "\(role.value)", "\(kind.rawValue)"), at: role.location)
        }
        guard let timeout else { return nil }
        return EscalationLevel(target: target, timeout: timeout.value)
    }
}
