import DutyTOML

/// Decodes the `[daily_report]` table: the daily filing deadline and the time of the automatic send.
enum DailyReportSection {
    static let keys = ["deadline", "send_at"]

    /// The settings, nil when the table is absent, or `.none` when a present key was invalid (already reported).
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> DailyReportSettings?? {
        guard let table else { return .some(nil) }
        let before = log.diagnostics.count
        let reader = TableReader(table, context: "[daily_report]", known: keys, log: log)
        var settings = DailyReportSettings()
        if let deadline = time("deadline", reader, log) { settings.deadline = deadline }
        settings.sendAt = time("send_at", reader, log)
        return log.diagnostics.count == before ? .some(settings) : .none
    }

    /// The local time under `key`, reported at its position when it is not one.
    private static func time(_ key: String, _ reader: TableReader, _ log: DiagnosticLog) -> TimeOfDay? {
        guard let text = reader.string(key) else { return nil }
        guard let time = TimeOfDay(text.value) else {
            log.report("invalid \"\(key)\" \"\(text.value)\": expected a local time such as \"16:00\"", at: text.location)
            return nil
        }
        return time
    }
}
