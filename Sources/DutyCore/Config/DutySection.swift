import DutyPhrases
import DutyTOML

/// Decodes the `[duty]` table: reminder, check-in and spot-check timing, staffed units, shift names
/// and extra roster column names.
enum DutySection {
    static let keys = [
        "reminder_lead", "checkin_grace", "spot_check_window", "callback_window", "spot_checks_per_shift", "spot_check_seed", "staffed_units",
        "shift_names", "column_names", "roster_filing_deadline",
    ]

    /// The settings and where each staffed unit was named, or nil when a present key was invalid (already reported).
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> (settings: DutySettings, staffed: [Located<String>])? {
        var settings = DutySettings()
        guard let table else { return (settings, []) }
        let before = log.diagnostics.count
        let reader = TableReader(table, context: "[duty]", known: keys, log: log)
        if let lead = reader.duration("reminder_lead") { settings.reminderLead = lead.value }
        if let grace = reader.duration("checkin_grace") { settings.checkinGrace = grace.value }
        if let window = reader.duration("spot_check_window") { settings.spotCheckWindow = window.value }
        if let window = reader.duration("callback_window") { settings.callbackWindow = window.value }
        if let count = reader.integer("spot_checks_per_shift") {
            if (0...24).contains(count.value) {
                settings.spotChecksPerShift = Int(count.value)
            } else {
                log.report(Phrase("config.spotChecksRange", "\(count.value)"), at: count.location)
            }
        }
        if let seed = reader.integer("spot_check_seed") {
            settings.spotCheckSeed = UInt64(bitPattern: seed.value)
        }
        if let deadline = reader.duration("roster_filing_deadline") { settings.rosterFilingDeadline = deadline.value }
        let staffed = reader.strings("staffed_units") ?? []
        settings.staffedUnits = staffed.map(\.value)
        if let names = reader.subtable("shift_names") {
            for entry in names.entries {
                guard case .string(let text) = entry.node.value, let hours = ShiftHours(text) else {
                    log.report(Phrase("config.shiftHours", "\(entry.key)"), at: entry.node.location)
                    continue
                }
                settings.shiftNames[entry.key] = hours
            }
        }
        if let columns = reader.subtable("column_names") {
            let fields = RosterField.allCases.map(\.rawValue)
            let columnReader = TableReader(columns, context: "[duty.column_names]", known: fields, log: log)
            var taken = Dictionary(RosterField.allCases.flatMap { field in field.standardNames.map { (CSVCellText.headerKey($0), field) } }, uniquingKeysWith: { first, _ in first })
            for field in RosterField.allCases {
                guard let names = columnReader.strings(field.rawValue) else { continue }
                for name in names {
                    let key = CSVCellText.headerKey(name.value)
                    if key.isEmpty {
                        log.report(Phrase("config.emptyColumnName"), at: name.location)
                    } else if let other = taken[key], other != field {
                        log.report(Phrase("config.columnNameTaken", "\(name.value)", "\(other.rawValue)"), at: name.location)
                    }
                    taken[key] = field
                }
                settings.columnNames[field] = names.map(\.value)
            }
        }
        return log.diagnostics.count == before ? (settings, staffed) : nil
    }
}
