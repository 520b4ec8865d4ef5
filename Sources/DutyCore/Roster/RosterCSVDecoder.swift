import DutyPhrases
import Foundation

/// Reads a duty roster as bureaus keep it in a spreadsheet, one shift a row.
///
/// Columns (by any of `RosterField.standardNames` or `[duty.column_names]`): 单位 (unit id or
/// name), 日期, 班次 (a name from `[duty.shift_names]`) or 起止时间 (`08:00-20:00`, `8:00-次日8:00`;
/// an end at or before the start is the next day), 值班人员 (one or several: `赵磊、孙丽`), 联系电话,
/// 带班领导 (one; may be empty: a gap), 带班领导电话. Title rows above the header are skipped, merged 单位 and 日期 cells are
/// carried down, and each such tidying is a notice of the reading.
public enum RosterCSVDecoder {
    /// The header mapping: the built-in names of each field followed by the configured ones. A
    /// repeated phone header (`联系电话` twice) is the phone of the person column just left of it.
    public static func mapping(_ settings: DutySettings) -> CSVHeaderMapping<RosterField> {
        let optional: Set<RosterField> = [.shift, .hours, .dutyOfficerPhone, .leaderPhone]
        let owners: [RosterField: RosterField] = [.dutyOfficerPhone: .dutyOfficer, .leaderPhone: .leaderOnDuty]
        return CSVHeaderMapping(columns: RosterField.allCases.map { field in
            CSVColumn(
                field: field, names: field.standardNames + (settings.columnNames[field] ?? []), required: !optional.contains(field),
                follows: owners[field])
        })
    }

    /// The shifts of `table`, or every problem with its row and column.
    public static func decode(_ table: CSVTable, configuration: Configuration) throws(RosterProblems) -> [Shift] {
        try read(table, configuration: configuration).shifts
    }

    /// The shifts of `table` and the notices of what was tidied, or every problem with its row and column.
    public static func read(_ table: CSVTable, configuration: Configuration) throws(RosterProblems) -> RosterReading {
        let settings = configuration.duty
        let bound: CSVBoundTable<RosterField>
        do {
            bound = try mapping(settings).resolve(table).fillingMergedCells([.unit, .date])
        } catch {
            throw RosterProblems([error])
        }
        guard bound.column(.shift) != nil || bound.column(.hours) != nil else {
            throw RosterProblems([CSVProblem(file: table.file, row: bound.table.headerRow, phrase: Phrase("roster.needsHours"), sheet: table.sheet)])
        }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let cells = RosterCells(bound: bound, configuration: configuration)
        // The first unit whose id or name a cell gives, found without scanning every unit per row.
        let units = configuration.tree.units
        var unitIndex: [String: Int] = [:]
        for (index, unit) in units.enumerated().reversed() {
            unitIndex[unit.name] = index
            unitIndex[unit.id] = index
        }
        var shifts: [Shift] = []
        var rowOfShift: [String: Int] = [:]
        for record in bound.table.rows {
            let row = cells.row(record)
            let unitText = row.text(.unit)
            let unit = unitIndex[unitText].map { units[$0] }
            if unit == nil {
                row.report(.unit, unitText.isEmpty ? Phrase("roster.unitMissing") : Phrase("roster.unknownUnit", CSVCellText.quoted(unitText)))
            }
            let date = row.date()
            let hours = row.hours()
            let officers = unit.flatMap { row.people(.dutyOfficer, phone: .dutyOfficerPhone, unit: $0.id, several: true) }
            if row.text(.dutyOfficer).isEmpty { row.report(.dutyOfficer, Phrase("roster.officerMissing")) }
            let leader = unit.flatMap { row.people(.leaderOnDuty, phone: .leaderPhone, unit: $0.id, several: false) }?.first
            guard row.problems.isEmpty, let unit, let date, let hours, let officer = officers?.first else { continue }
            let start = clock.instant(date, hours.start)
            let end = clock.instant(hours.end > hours.start ? date : date.adding(days: 1), hours.end)
            let id = Shift.id(unit: unit.id, start: start, clock: clock)
            if let earlier = rowOfShift[id] {
                row.report(bound.column(.hours) != nil ? .hours : .shift, Phrase("roster.sameStart", unit.name, "\(date)", "\(hours.start)", String(earlier)))
                continue
            }
            rowOfShift[id] = record.row
            shifts.append(Shift(
                id: id, unit: unit.id, start: start, end: end, dutyOfficer: officer, otherOfficers: Array(officers?.dropFirst() ?? []), leaderOnDuty: leader,
                file: table.file, row: record.row))
        }
        guard cells.problems.isEmpty else { throw RosterProblems(cells.problems) }
        return RosterReading(shifts: shifts, notices: bound.notices + cells.notices)
    }
}

/// The shifts of one roster file and what reading it tidied (title rows, merged cells, names), each at its row.
public struct RosterReading: Sendable {
    public var shifts: [Shift]
    public var notices: [CSVProblem]
}

/// Every problem found in one roster file.
public struct RosterProblems: Error, Sendable {
    public var problems: [CSVProblem]
    public init(_ problems: [CSVProblem]) { self.problems = problems }
}
