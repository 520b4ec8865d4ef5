/// Writes hazards back as a ledger (CSV or .xlsx) in the columns bureaus use, which `LedgerReader` reads again;
/// CSV cells that a spreadsheet would run as formulas are neutralised (`FormulaGuard`); a workbook's cells are
/// text cells, which no spreadsheet runs.
public enum LedgerExport {
    /// The CSV text (UTF-8 with BOM, CRLF) of `hazards`, with unit names as in the configuration.
    public static func csv(_ hazards: [Hazard], tree: OrgTree, clock: WallClock) -> String {
        let (header, rows) = table(hazards, tree: tree, clock: clock)
        return CSVWriter.export(header: header, rows: rows)
    }

    /// The header and the rows of the exported ledger.
    public static func table(_ hazards: [Hazard], tree: OrgTree, clock: WallClock) -> (header: [String], rows: [[String]]) {
        let header = LedgerColumns.exported.map(\.header)
        let rows = hazards.map { hazard in
            LedgerColumns.exported.map { field -> String in
                cell(field, of: hazard, tree: tree, clock: clock)
            }
        }
        return (header, rows)
    }

    /// The text of one exported column.
    private static func cell(_ field: LedgerColumns.Field, of hazard: Hazard, tree: OrgTree, clock: WallClock) -> String {
        switch field {
        case .id: hazard.id
        case .serial: hazard.entry.serial
        case .unit: tree[hazard.unit]?.name ?? hazard.unit
        case .location: hazard.entry.location
        case .description: hazard.entry.description
        case .category: hazard.entry.category
        case .risk: hazard.risk.chineseName
        case .measure: hazard.entry.measure
        case .responsible: hazard.entry.responsible
        case .deadline: LedgerDates.format(hazard.deadline, clock: clock)
        case .status: hazard.status.chineseName
        case .progress: hazard.progress
        case .rectifiedOn: hazard.rectifiedAt.map { LedgerDates.format($0, clock: clock) } ?? ""
        case .closedOn: hazard.closedAt.map { LedgerDates.format($0, clock: clock) } ?? ""
        }
    }
}
