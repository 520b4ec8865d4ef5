import DutyPhrases
import DutyTOML

/// Decodes the `[hazards]` table: reminder lead times and the verification time limit.
enum HazardSection {
    static let keys = ["reminders", "verify_within"]

    /// The settings, or nil when a present key was invalid (already reported).
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> HazardSettings? {
        guard let table else { return HazardSettings() }
        let before = log.diagnostics.count
        let reader = TableReader(table, context: "[hazards]", known: keys, log: log)
        var reminders = HazardSettings.defaultReminders
        if let leads = reader.strings("reminders") {
            var seen: [Duration: SourceLocation] = [:]
            reminders = leads.compactMap { lead in
                guard let duration = DurationSyntax.parse(lead.value), duration > .zero else {
                    log.report(Phrase("config.invalidLead", "\(lead.value)"), at: lead.location)
                    return nil
                }
                guard duration <= DurationSyntax.longest else {
                    log.report(Phrase("config.leadTooLong", "\(lead.value)", "\(DurationSyntax.format(DurationSyntax.longest))"), at: lead.location)
                    return nil
                }
                if let first = seen[duration] {
                    log.report(Phrase("config.leadRepeats", "\(lead.value)", "\(first.line)", "\(first.column)"), at: lead.location)
                    return nil
                }
                seen[duration] = lead.location
                return duration
            }
        }
        let verifyWithin = reader.duration("verify_within")?.value ?? HazardSettings.defaultVerifyWithin
        return log.diagnostics.count == before ? HazardSettings(reminders: reminders, verifyWithin: verifyWithin) : nil
    }
}
