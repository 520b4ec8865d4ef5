import Foundation

/// Turns a parsed ledger file into drafts of hazards, checking every row: all the problems of the
/// file are returned together, each at its row and column.
public enum LedgerReader {
    /// The drafts of `table`, or every problem found in it.
    public static func read(_ table: CSVTable, configuration: Configuration) -> Result<[LedgerDraft], LedgerProblems> {
        let bound: CSVBoundTable<LedgerColumns.Field>
        do {
            bound = try LedgerColumns.mapping.resolve(table)
        } catch {
            return .failure(LedgerProblems([error]))
        }
        guard bound.column(.id) != nil || bound.column(.serial) != nil else {
            return .failure(LedgerProblems([CSVProblem(
                file: table.file, row: 1, message: "the header needs \"编号\" (a stable hazard id) or \"序号\" (numbered within the ledger), so that re-imports find the same hazards")]))
        }
        guard !table.rows.isEmpty else {
            return .failure(LedgerProblems([CSVProblem(file: table.file, row: 2, message: "the ledger has a header but no hazards")]))
        }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        var unitsByName: [String: [String]] = [:]
        for unit in configuration.tree.units {
            unitsByName[unit.name, default: []].append(unit.id)
        }
        for unit in configuration.tree.units { unitsByName[unit.id] = [unit.id] }
        var problems: [CSVProblem] = []
        var drafts: [LedgerDraft] = []
        var rowByID: [String: Int] = [:]
        for record in table.rows {
            let row = RowReader(bound: bound, record: record)
            let unitText = row.required(.unit, "the school or unit, named as in dutyd's configuration")
            let unit = unitText.flatMap { text -> String? in
                switch unitsByName[text] ?? [] {
                case []: row.fail(.unit, "no unit named \(CSVCellText.quoted(text)) in dutyd's configuration; use a unit's name or id")
                case let ids where ids.count > 1: row.fail(.unit, "\(CSVCellText.quoted(text)) names several units (\(ids.joined(separator: ", "))); use the unit's id")
                case let ids: ids[0]
                }
            }
            let location = row.required(.location, "where the hazard is (隐患部位)")
            let description = row.required(.description, "what the hazard is (隐患描述)")
            let measure = row.required(.measure, "the rectification measure (整改措施)")
            let responsible = row.required(.responsible, "the person responsible for rectification (整改责任人)")
            let risk = row.required(.risk, "重大, 较大, 一般 or 低").flatMap { text in
                riskLevel(text) ?? row.fail(.risk, "unknown risk level \(CSVCellText.quoted(text)): expected 重大, 较大, 一般 or 低")
            }
            let deadlineText = row.required(.deadline, "a date such as 2026-09-20")
            let deadline = deadlineText.flatMap { text in
                LedgerDates.parse(text, clock: clock)
                    ?? row.fail(.deadline, "invalid deadline \(CSVCellText.quoted(text)): expected a date such as 2026-09-20, 2026/9/20 or 2026年9月20日, optionally with a time such as 18:00")
            }
            let serial = row.value(.serial)
            let explicitID = row.value(.id)
            var id: String?
            if !explicitID.isEmpty {
                id = explicitID.contains(where: \.isWhitespace) ? row.fail(.id, "the hazard id \(CSVCellText.quoted(explicitID)) must not contain spaces") : explicitID
            } else if serial.isEmpty {
                row.report(bound.column(.id) != nil ? .id : .serial, "empty: each hazard needs a 编号 or a 序号")
            } else if let unit {
                id = "\(unit)-\(serial)"
            }
            if let id {
                if let earlier = rowByID[id] {
                    row.report(explicitID.isEmpty ? .serial : .id, "hazard \(id) repeats row \(earlier); each hazard may appear once in a ledger")
                } else {
                    rowByID[id] = record.row
                }
            }
            let statusText = row.value(.status)
            let status = HazardStatus(ledgerWord: statusText) ?? (statusText.isEmpty ? .open : .rectifying)
            let progress = HazardStatus(ledgerWord: statusText) == nil && !statusText.isEmpty ? statusText : row.value(.progress)
            problems += row.problems
            guard row.problems.isEmpty, let id, let unit, let location, let description, let measure, let responsible, let risk,
                let deadline, let deadlineText
            else { continue }
            let entry = LedgerEntry(
                serial: serial, unit: unit, location: location, description: description, category: row.value(.category), risk: risk,
                measure: measure, responsible: responsible)
            drafts.append(LedgerDraft(
                id: id, row: record.row, entry: entry, deadline: deadline, deadlineText: deadlineText,
                deadlineColumn: bound.column(.deadline) ?? 0, status: status, progress: progress))
        }
        return problems.isEmpty ? .success(drafts) : .failure(LedgerProblems(problems))
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
        func required(_ field: LedgerColumns.Field, _ expected: String) -> String? {
            let text = value(field)
            return text.isEmpty ? fail(field, "empty: expected \(expected)") : text
        }

        /// Records a problem at the field's cell.
        func report(_ field: LedgerColumns.Field, _ message: String) {
            problems.append(bound.problem(field, in: record, message))
        }

        /// Records a problem and gives nil, for use inside expressions.
        func fail<T>(_ field: LedgerColumns.Field, _ message: String) -> T? {
            report(field, message)
            return nil
        }
    }
}
