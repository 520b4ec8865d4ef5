import Foundation

/// Reads a duty roster as bureaus keep it in a spreadsheet, one shift a row.
///
/// Columns (by any of `RosterField.standardNames` or `[duty.column_names]`): 单位 (unit id or
/// name), 日期, 班次 (a name from `[duty.shift_names]`) or 起止时间 (`08:00-20:00`; an end at or
/// before the start is the next day), 值班人员, 联系电话, 带班领导 (may be empty: a gap), 带班领导电话.
public enum RosterCSVDecoder {
    /// The header mapping: the built-in names of each field followed by the configured ones.
    public static func mapping(_ settings: DutySettings) -> CSVHeaderMapping<RosterField> {
        let optional: Set<RosterField> = [.shift, .hours, .dutyOfficerPhone, .leaderPhone]
        return CSVHeaderMapping(columns: RosterField.allCases.map { field in
            CSVColumn(field: field, names: field.standardNames + (settings.columnNames[field] ?? []), required: !optional.contains(field))
        })
    }

    /// The shifts of `table`, or every problem with its row and column.
    public static func decode(_ table: CSVTable, configuration: Configuration) throws(RosterProblems) -> [Shift] {
        let settings = configuration.duty
        let bound: CSVBoundTable<RosterField>
        do {
            bound = try mapping(settings).resolve(table)
        } catch {
            throw RosterProblems([error])
        }
        guard bound.column(.shift) != nil || bound.column(.hours) != nil else {
            throw RosterProblems([CSVProblem(file: table.file, row: 1, message: "the header needs a \"班次\" or a \"起止时间\" column to say when each shift is")])
        }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let matcher = PersonMatcher(configuration: configuration)
        // The first unit whose id or name a cell gives, found without scanning every unit per row.
        let units = configuration.tree.units
        var unitIndex: [String: Int] = [:]
        for (index, unit) in units.enumerated().reversed() {
            unitIndex[unit.name] = index
            unitIndex[unit.id] = index
        }
        var problems: [CSVProblem] = []
        var shifts: [Shift] = []
        var rowOfShift: [String: Int] = [:]
        for record in table.rows {
            let before = problems.count
            func cell(_ field: RosterField) -> String { bound.value(field, in: record) }
            func report(_ field: RosterField, _ message: String) { problems.append(bound.problem(field, in: record, message)) }

            let unitText = cell(.unit)
            let unit = unitIndex[unitText].map { units[$0] }
            if unit == nil {
                report(.unit, unitText.isEmpty ? "the unit is missing" : "unknown unit \(CSVCellText.quoted(unitText)): expected a configured unit's name or id")
            }
            let date = LocalDate(cell(.date))
            if date == nil { report(.date, "invalid date \(CSVCellText.quoted(cell(.date))): expected a date such as 2026-10-01") }
            let hours = hours(cell(.hours), named: cell(.shift), settings: settings, bound: bound, report: report)
            func person(_ field: RosterField, phone: RosterField) -> DutyPerson? {
                guard let unit, !cell(field).isEmpty else { return nil }
                switch matcher.match(cell(field), phone: cell(phone), unit: unit.id) {
                case .success(let person): return person
                case .failure(let error):
                    report(field, error.message)
                    return nil
                }
            }
            let officer = person(.dutyOfficer, phone: .dutyOfficerPhone)
            if cell(.dutyOfficer).isEmpty { report(.dutyOfficer, "the duty officer is missing") }
            let leader = person(.leaderOnDuty, phone: .leaderPhone)
            guard problems.count == before, let unit, let date, let hours, let officer else { continue }
            let start = clock.instant(date, hours.start)
            let end = clock.instant(hours.end > hours.start ? date : date.adding(days: 1), hours.end)
            let id = Shift.id(unit: unit.id, start: start, clock: clock)
            if let earlier = rowOfShift[id] {
                report(bound.column(.hours) != nil ? .hours : .shift, "\(unit.name) already has a shift starting \(date) \(hours.start) (row \(earlier))")
                continue
            }
            rowOfShift[id] = record.row
            shifts.append(Shift(
                id: id, unit: unit.id, start: start, end: end, dutyOfficer: officer, leaderOnDuty: leader, file: table.file, row: record.row))
        }
        guard problems.isEmpty else { throw RosterProblems(problems) }
        return shifts
    }

    /// The hours from 起止时间, else from the 班次 name.
    private static func hours(
        _ text: String, named name: String, settings: DutySettings, bound: CSVBoundTable<RosterField>, report: (RosterField, String) -> Void
    ) -> ShiftHours? {
        if !text.isEmpty {
            guard let hours = ShiftHours(text) else {
                report(.hours, "invalid hours \(CSVCellText.quoted(text)): expected a start and an end such as 08:00-20:00")
                return nil
            }
            return hours
        }
        guard !name.isEmpty else {
            report(bound.column(.hours) != nil ? .hours : .shift, "the shift's hours are missing: give 起止时间 such as 08:00-20:00 or a 班次 name")
            return nil
        }
        guard let hours = settings.shiftNames[name] else {
            let known = settings.shiftNames.keys.sorted().joined(separator: ", ")
            report(.shift, "unknown shift \(CSVCellText.quoted(name)): expected one of \(known) (more can be named in [duty.shift_names])")
            return nil
        }
        return hours
    }
}

/// Every problem found in one roster file.
public struct RosterProblems: Error, Sendable {
    public var problems: [CSVProblem]
    public init(_ problems: [CSVProblem]) { self.problems = problems }
}
