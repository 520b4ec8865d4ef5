import DutyTOML

/// A `[[quiet_windows]]` entry as written: dated (`start`, `end`) or recurring (`hours`, optional `weekdays`).
struct QuietWindowDraft {
    var unit: Located<String>
    var window: QuietWindow

    static let keys = ["unit", "name", "start", "end", "hours", "weekdays"]
    static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> QuietWindowDraft? {
        let reader = TableReader(table, context: "[[quiet_windows]] entry \(number)", known: keys, log: log)
        let before = log.diagnostics.count
        let unit = reader.requiredString("unit", expected: "the id of a unit")
        let name = reader.requiredString("name", expected: "what the window is for, e.g. \"中考\"")
        let schedule: QuietWindow.Schedule?
        switch (table["start"] != nil || table["end"] != nil, table["hours"] != nil) {
        case (true, true):
            log.report("a quiet window is either dated (start, end) or recurring (hours), not both", at: table["hours"]?.keyLocation ?? table.location)
            schedule = nil
        case (false, false):
            reader.reportMissing("hours", expected: "\"12:00-14:00\" for a recurring window, or start and end for a dated one")
            schedule = nil
        case (true, false):
            schedule = dated(reader, log: log)
        case (false, true):
            schedule = recurring(reader, log: log)
        }
        guard log.diagnostics.count == before, let unit, let name, let schedule else { return nil }
        return QuietWindowDraft(unit: unit, window: QuietWindow(name: name.value, unit: unit.value, schedule: schedule))
    }

    private static func dated(_ reader: TableReader, log: DiagnosticLog) -> QuietWindow.Schedule? {
        if let weekdays = reader.table["weekdays"] {
            log.report("\"weekdays\" applies only to a recurring window (hours)", at: weekdays.keyLocation)
        }
        guard let start = reader.dateTime("start"), let end = reader.dateTime("end") else { return nil }
        guard (start.value.0, start.value.1) < (end.value.0, end.value.1) else {
            log.report("\"end\" must be after \"start\" (\(start.value.0)T\(start.value.1))", at: end.location)
            return nil
        }
        return .dated(start: start.value.0, start.value.1, end: end.value.0, end.value.1)
    }

    private static func recurring(_ reader: TableReader, log: DiagnosticLog) -> QuietWindow.Schedule? {
        var weekdays = Set(1...7)
        if let names = reader.strings("weekdays") {
            weekdays = []
            for name in names {
                guard let index = weekdayNames.firstIndex(of: name.value.lowercased()) else {
                    log.report("unknown weekday \"\(name.value)\": expected " + weekdayNames.map { "\"\($0)\"" }.joined(separator: ", "), at: name.location)
                    continue
                }
                weekdays.insert(index + 1)
            }
        }
        guard let hours = reader.hours("hours") else { return nil }
        return .recurring(from: hours.value.from, to: hours.value.to, weekdays: weekdays)
    }
}
