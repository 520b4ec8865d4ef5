import DutyTOML

/// Decodes the `[daily_report]` table: the daily filing deadline.
enum DailyReportSection {
    static let keys = ["deadline"]

    /// The settings, nil when the table is absent, or `.none` when a present key was invalid (already reported).
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> DailyReportSettings?? {
        guard let table else { return .some(nil) }
        let before = log.diagnostics.count
        let reader = TableReader(table, context: "[daily_report]", known: keys, log: log)
        var settings = DailyReportSettings()
        if let text = reader.string("deadline") {
            if let time = TimeOfDay(text.value) {
                settings.deadline = time
            } else {
                log.report("invalid \"deadline\" \"\(text.value)\": expected a local time such as \"16:00\"", at: text.location)
            }
        }
        return log.diagnostics.count == before ? .some(settings) : .none
    }
}
