import DutyPhrases
import DutyTOML

/// Reads a roster written in TOML: `[[shifts]]` entries with `unit`, `start` and `end` (local
/// date-times), `duty_officer` and `leader_on_duty` (person ids or names) and optional phones.
public enum RosterTOMLDecoder {
    static let keys = ["unit", "start", "end", "duty_officer", "duty_officer_phone", "leader_on_duty", "leader_phone"]

    /// The shifts in `text`, or every mistake with its `file:line:column`.
    public static func decode(_ text: String, file: String, configuration: Configuration) throws(ConfigErrors) -> [Shift] {
        let root = try TOMLFile.parse(text, file: file)
        let log = DiagnosticLog(file: file)
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let matcher = PersonMatcher(configuration: configuration)
        let reader = TableReader(root, context: "the roster file", known: ["shifts"], log: log)
        var shifts: [Shift] = []
        for (index, table) in reader.tables("shifts").enumerated() {
            let entry = TableReader(table, context: "[[shifts]] entry \(index + 1)", known: keys, log: log)
            let unit = entry.requiredString("unit", expected: "the id of the unit on duty")
            let start = entry.dateTime("start")
            let end = entry.dateTime("end")
            let officer = entry.requiredString("duty_officer", expected: "the duty officer's person id or name")
            let leader = entry.string("leader_on_duty")
            if let unit, configuration.tree[unit.value] == nil {
                log.report(Phrase("roster.unknownUnitID", "\(unit.value)"), at: unit.location)
            }
            func person(_ cell: Located<String>?, phone key: String) -> DutyPerson? {
                guard let cell, let unit, !cell.value.trimmingSpaces.isEmpty else { return nil }
                switch matcher.match(cell.value, phone: entry.string(key)?.value, unit: unit.value) {
                case .success(let person): return person
                case .failure(let error):
                    log.report(error.phrase, at: cell.location)
                    return nil
                }
            }
            let dutyOfficer = person(officer, phone: "duty_officer_phone")
            let leaderOnDuty = person(leader, phone: "leader_phone")
            guard let unit, configuration.tree[unit.value] != nil, let start, let end, let dutyOfficer, leader == nil || leaderOnDuty != nil else { continue }
            let startInstant = clock.instant(start.value.0, start.value.1)
            shifts.append(Shift(
                id: Shift.id(unit: unit.value, start: startInstant, clock: clock), unit: unit.value, start: startInstant,
                end: clock.instant(end.value.0, end.value.1), dutyOfficer: dutyOfficer, leaderOnDuty: leaderOnDuty,
                file: file, row: table.location.line))
        }
        guard log.isEmpty else { throw ConfigErrors(log.diagnostics) }
        return shifts
    }
}
