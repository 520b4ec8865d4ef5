import DutyPhrases
import DutyTOML

/// Reads a holiday calendar file: `[[holidays]]` entries with `name`, `start`, `end` and
/// `make_up_days`, dates written as TOML local dates (`2026-10-01`).
public enum CalendarDecoder {
    static let keys = ["name", "start", "end", "make_up_days"]

    /// The periods in `text`, or every mistake with its `file:line:column`.
    public static func decode(_ text: String, file: String) throws(ConfigErrors) -> [HolidayPeriod] {
        let root = try TOMLFile.parse(text, file: file)
        let log = DiagnosticLog(file: file)
        let reader = TableReader(root, context: "the calendar file", known: ["holidays"], log: log)
        var periods: [(HolidayPeriod, SourceLocation)] = []
        for (index, table) in reader.tables("holidays").enumerated() {
            let entry = TableReader(table, context: "[[holidays]] entry \(index + 1)", known: keys, log: log)
            let name = entry.requiredString("name", expected: "the holiday's name, e.g. \"国庆节\"")
            let start = entry.requiredDate("start")
            let end = entry.requiredDate("end")
            let makeUp = entry.dates("make_up_days") ?? []
            guard let name, let start, let end else { continue }
            if end.value < start.value {
                log.report(Phrase("calendar.endBeforeStart", "\(end.value)", "\(start.value)"), at: end.location)
                continue
            }
            let period = HolidayPeriod(name: name.value, first: start.value, last: end.value, makeUpWorkdays: makeUp.map(\.value))
            for day in makeUp where period.contains(day.value) {
                log.report(Phrase("calendar.makeUpInside", "\(day.value)", "\(start.value)", "\(end.value)"), at: day.location)
            }
            if let other = periods.first(where: { $0.0.first <= period.last && period.first <= $0.0.last }) {
                log.report(Phrase("calendar.overlap", "\(name.value)", "\(period.first)", "\(period.last)", "\(other.0.name)", "\(other.0.first)", "\(other.0.last)"), at: table.location)
            }
            periods.append((period, table.location))
        }
        guard log.isEmpty else { throw ConfigErrors(log.diagnostics) }
        return periods.map(\.0)
    }
}
