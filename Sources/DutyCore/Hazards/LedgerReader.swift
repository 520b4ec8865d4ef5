import DutyPhrases
import Foundation

/// Turns a parsed ledger file into drafts of hazards, checking every row: all the problems of the
/// file are returned together, each at its row and column.
///
/// Title rows above the header are skipped and merged 学校/单位 cells carried down (notices). The
/// responsible person must be a configured person: a bracketed title (`周燕（园长）`) and spaces
/// inside a name are dropped (notices), a cell naming two people (`张伟、李娜`) is refused, and an
/// unknown person is refused too, or with `allowUnmatched` kept as written with a warning.
public enum LedgerReader {
    /// The drafts of `table`, or every problem found in it.
    public static func read(_ table: CSVTable, configuration: Configuration) -> Result<[LedgerDraft], LedgerProblems> {
        reading(table, configuration: configuration).map(\.drafts)
    }

    /// The drafts of `table` with the notices and warnings of reading it, or every problem found in it.
    public static func reading(_ table: CSVTable, configuration: Configuration, allowUnmatched: Bool = false) -> Result<LedgerReading, LedgerProblems> {
        let bound: CSVBoundTable<LedgerColumns.Field>
        do {
            bound = try LedgerColumns.mapping.resolve(table).fillingMergedCells([.unit])
        } catch {
            return .failure(LedgerProblems([error]))
        }
        guard bound.column(.id) != nil || bound.column(.serial) != nil else {
            return .failure(LedgerProblems([CSVProblem(
                file: table.file, row: bound.table.headerRow, phrase: Phrase("ledger.needsID"), sheet: table.sheet)]))
        }
        guard !bound.table.rows.isEmpty else {
            return .failure(LedgerProblems([CSVProblem(file: table.file, row: bound.table.headerRow + 1, phrase: Phrase("ledger.noHazards"), sheet: table.sheet)]))
        }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        var unitsByName: [String: [String]] = [:]
        for unit in configuration.tree.units {
            unitsByName[unit.name, default: []].append(unit.id)
        }
        for unit in configuration.tree.units { unitsByName[unit.id] = [unit.id] }
        let matcher = PersonMatcher(configuration: configuration)
        var problems: [CSVProblem] = []
        var reading = LedgerReading(drafts: [], notices: bound.notices, warnings: [])
        var rowByID: [String: Int] = [:]
        for record in bound.table.rows {
            let row = RowReader(bound: bound, record: record)
            let unitText = row.required(.unit, Phrase("ledger.expect.unit"))
            let unit = unitText.flatMap { text -> String? in
                switch unitsByName[text] ?? [] {
                case []: row.fail(.unit, Phrase("ledger.unknownUnit", CSVCellText.quoted(text)))
                case let ids where ids.count > 1: row.fail(.unit, Phrase("ledger.ambiguousUnit", CSVCellText.quoted(text), ids.joined(separator: ", ")))
                case let ids: ids[0]
                }
            }
            let location = row.required(.location, Phrase("ledger.expect.location"))
            let description = row.required(.description, Phrase("ledger.expect.description"))
            let measure = row.required(.measure, Phrase("ledger.expect.measure"))
            let responsible = row.required(.responsible, Phrase("ledger.expect.responsible")).flatMap { text in
                responsiblePerson(text, unit: unit, row: row, matcher: matcher, allowUnmatched: allowUnmatched, reading: &reading)
            }
            let risk = row.required(.risk, Phrase("ledger.expect.risk")).flatMap { text in
                riskLevel(text) ?? row.fail(.risk, Phrase("ledger.unknownRisk", CSVCellText.quoted(text)))
            }
            let deadlineText = row.required(.deadline, Phrase("ledger.expect.deadline"))
            let deadline = deadlineText.flatMap { text in
                LedgerDates.parse(text, clock: clock)
                    ?? row.fail(.deadline, Phrase("ledger.invalidDeadline", CSVCellText.quoted(text)))
            }
            let serial = row.value(.serial)
            let explicitID = row.value(.id)
            var id: String?
            if !explicitID.isEmpty {
                id = explicitID.contains(where: \.isWhitespace) ? row.fail(.id, Phrase("ledger.idSpaces", CSVCellText.quoted(explicitID))) : explicitID
            } else if serial.isEmpty {
                row.report(bound.column(.id) != nil ? .id : .serial, Phrase("ledger.noID"))
            } else if let unit {
                id = "\(unit)-\(serial)"
            }
            if let id {
                if let earlier = rowByID[id] {
                    row.report(explicitID.isEmpty ? .serial : .id, Phrase("ledger.repeatedID", id, String(earlier)))
                } else {
                    rowByID[id] = record.row
                }
            }
            let statusText = row.value(.status)
            let status: HazardStatus? = statusText.isEmpty ? .open : HazardStatus(ledgerWord: statusText) ?? row.fail(.status,
                Phrase("ledger.unknownStatus", CSVCellText.quoted(statusText), LedgerStatusWords.accepted))
            let progress = row.value(.progress)
            let rectifiedOn = closureDate(.rectifiedOn, status: status, needs: [.rectified, .closed], row: row, clock: clock)
            let closedOn = closureDate(.closedOn, status: status, needs: [.closed], row: row, clock: clock)
            problems += row.problems
            guard row.problems.isEmpty, let id, let unit, let location, let description, let measure, let responsible, let risk,
                let deadline, let deadlineText, let status
            else { continue }
            let entry = LedgerEntry(
                serial: serial, unit: unit, location: location, description: description, category: row.value(.category), risk: risk,
                measure: measure, responsible: responsible)
            reading.drafts.append(LedgerDraft(
                id: id, row: record.row, entry: entry, deadline: deadline, deadlineText: deadlineText,
                deadlineColumn: bound.column(.deadline) ?? 0, status: status, progress: progress, rectifiedOn: rectifiedOn, closedOn: closedOn))
        }
        return problems.isEmpty ? .success(reading) : .failure(LedgerProblems(problems))
    }

    /// 整改责任人: one configured person, tidied; nil (reported) otherwise, unless `allowUnmatched` keeps an unknown name with a warning.
    private static func responsiblePerson(
        _ text: String, unit: String?, row: RowReader, matcher: PersonMatcher, allowUnmatched: Bool, reading: inout LedgerReading
    ) -> String? {
        let cell = PersonNameCell(text)
        guard cell.names.count == 1 else {
            return row.fail(.responsible, Phrase("ledger.severalResponsible", CSVCellText.quoted(text), String(cell.names.count)))
        }
        reading.notices += cell.notices.map { row.problem(.responsible, $0) }
        let name = cell.names[0]
        guard let unit else { return name }
        switch matcher.match(name, phone: nil, unit: unit) {
        case .success:
            return name
        case .failure(let error) where allowUnmatched:
            reading.warnings.append(row.problem(.responsible, Phrase("ledger.unmatchedKept", error.phrase.english, error.phrase.chinese)))
            return name
        case .failure(let error):
            return row.fail(.responsible, Phrase("ledger.unmatched", error.phrase.english, error.phrase.chinese))
        }
    }

    /// 整改完成时间 or 销号日期: a past date, given only for a status it belongs to.
    private static func closureDate(
        _ field: LedgerColumns.Field, status: HazardStatus?, needs: Set<HazardStatus>, row: RowReader, clock: WallClock
    ) -> Date? {
        let text = row.value(field)
        guard !text.isEmpty else { return nil }
        guard let date = LedgerDates.parse(text, clock: clock) else {
            return row.fail(field, Phrase("ledger.invalidDate", CSVCellText.quoted(text)))
        }
        if let status, !needs.contains(status) {
            return row.fail(field, Phrase("ledger.dateForStatus", status.chineseName, field.header))
        }
        return date
    }

    /// 重大/较大/一般/低, with or without 风险, or the English names.
    static func riskLevel(_ text: String) -> RiskLevel? {
        let word = text.hasSuffix("风险") ? String(text.dropLast(2)) : text
        return RiskLevel.allCases.first { $0.chineseName == word || $0.rawValue == word.lowercased() }
    }

    /// Reads the cells of one record, collecting its problems.
    private final class RowReader {
        let bound: CSVBoundTable<LedgerColumns.Field>
        let record: CSVRecord
        private(set) var problems: [CSVProblem] = []

        init(bound: CSVBoundTable<LedgerColumns.Field>, record: CSVRecord) {
            self.bound = bound
            self.record = record
        }

        /// The cell's trimmed text, without the `'` that dutyd's export puts before a formula (`FormulaGuard`).
        func value(_ field: LedgerColumns.Field) -> String {
            FormulaGuard.unescaped(bound.value(field, in: record))
        }

        /// The cell's text, or nil (reported) when it is empty.
        func required(_ field: LedgerColumns.Field, _ expected: Phrase) -> String? {
            let text = value(field)
            return text.isEmpty ? fail(field, Phrase("sheet.emptyExpected", expected.english, expected.chinese)) : text
        }

        /// Records a problem at the field's cell.
        func report(_ field: LedgerColumns.Field, _ phrase: Phrase) {
            problems.append(bound.problem(field, in: record, phrase))
        }

        /// A problem (or notice) at the field's cell.
        func problem(_ field: LedgerColumns.Field, _ phrase: Phrase) -> CSVProblem {
            bound.problem(field, in: record, phrase)
        }

        /// Records a problem and gives nil, for use inside expressions.
        func fail<T>(_ field: LedgerColumns.Field, _ phrase: Phrase) -> T? {
            report(field, phrase)
            return nil
        }
    }
}
