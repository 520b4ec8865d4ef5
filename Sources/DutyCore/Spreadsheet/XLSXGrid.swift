/// The cells of one worksheet as text, by row and column, on their way to a `CSVTable`.
struct XLSXGrid {
    let file: String
    let sheet: String
    private var cells: [Int: [Int: String]] = [:]
    private var lastRow = 0
    private var lastColumn = 0
    private var count = 0
    /// Leading rows that hold only a title merged across columns; the header is the row below them.
    private var titleRows = 0

    init(file: String, sheet: String) {
        self.file = file
        self.sheet = sheet
    }

    /// Takes every non-empty cell of the sheet as the text its type and number format give.
    mutating func fill(_ worksheet: XLSXParts.Worksheet, strings: [String], formats: [XLSXNumberFormat], date1904: Bool) throws(XLSXError) {
        var nextRow = 1
        for row in worksheet.rows {
            let rowNumber = row.r ?? nextRow
            guard (1...CellAddress.maxRow).contains(rowNumber) else { throw failure("row number \(rowNumber) is outside a worksheet") }
            nextRow = rowNumber + 1
            var nextColumn = 1
            for cell in row.c {
                var address = CellAddress(row: rowNumber, column: nextColumn)
                if let reference = cell.r {
                    guard let given = CellAddress(reference) else { throw failure("the cell reference \"\(reference)\" in row \(rowNumber) is not an address such as C7") }
                    address = given
                }
                nextColumn = address.column + 1
                let format = cell.s.flatMap { $0 < formats.count ? formats[$0] : nil } ?? .number
                let text = try text(of: cell, at: address, strings: strings, format: format, date1904: date1904)
                try set(text, at: address)
            }
        }
    }

    /// Gives every cell of each merged range (`A2:A4`) the value of its top-left cell, within the filled part of the sheet.
    /// First counts the title rows: from row 1, each row whose only text is one block merged across columns.
    mutating func spreadMerges(_ ranges: [String]) throws(XLSXError) {
        var blocks: [(first: CellAddress, last: CellAddress)] = []
        for range in ranges {
            let corners = range.split(separator: ":")
            guard corners.count == 2, let first = CellAddress(corners[0]), let last = CellAddress(corners[1]) else {
                throw failure("the merged range \"\(range)\" is not a range such as A2:A4")
            }
            blocks.append((first, last))
        }
        while let line = cells[titleRows + 1], line.count == 1, let column = line.keys.first,
            blocks.contains(where: { $0.first == CellAddress(row: titleRows + 1, column: column) && $0.last.column > column })
        {
            titleRows += 1
        }
        for (first, last) in blocks {
            guard let value = cells[first.row]?[first.column], !value.isEmpty else { continue }
            let rows = first.row...min(max(first.row, last.row), lastRow)
            let columns = first.column...min(max(first.column, last.column), lastColumn)
            guard count + rows.count * columns.count <= XLSXReader.maxCells + 1 else { throw tooManyCells() }
            for row in rows {
                for column in columns where cells[row]?[column] == nil {
                    try set(value, at: CellAddress(row: row, column: column))
                }
            }
        }
    }

    /// The first row below the title rows is the header; the rows below it with any text keep their row numbers.
    /// A cell right of the header is an error, as in CSV.
    func table() throws(XLSXError) -> CSVTable {
        let headerRow = titleRows + 1
        let headerCells = cells[headerRow] ?? [:]
        let width = headerCells.filter { !CSVCellText.trimmed($0.value).isEmpty }.keys.max() ?? 0
        guard width > 0 else {
            throw failure("row \(headerRow) is empty; the first row (below a title merged across the columns) must name the columns")
        }
        let header = (1...width).map { headerCells[$0] ?? "" }
        var rows: [CSVRecord] = []
        for row in cells.keys.sorted() where row > headerRow {
            let line = cells[row] ?? [:]
            if let outside = line.filter({ $0.key > width && !CSVCellText.trimmed($0.value).isEmpty }).keys.min() {
                let address = CellAddress(row: row, column: outside).reference(in: sheet)
                throw failure("\(address) is outside the table: the header (row \(headerRow)) has \(width) columns; delete the cell or give its column a header", plain: true)
            }
            let fields = (1...width).map { line[$0] ?? "" }
            guard fields.contains(where: { !CSVCellText.trimmed($0).isEmpty }) else { continue }
            rows.append(CSVRecord(row: row, fields: fields))
        }
        return CSVTable(file: file, header: header, rows: rows, sheet: sheet, headerRow: headerRow)
    }

    /// The text of one cell by its type (`t`): shared string, inline string, boolean, error, formula string or number.
    private func text(
        of cell: XLSXParts.Worksheet.Cell, at address: CellAddress, strings: [String], format: XLSXNumberFormat, date1904: Bool
    ) throws(XLSXError) -> String {
        let value = cell.v ?? ""
        switch cell.t ?? "n" {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                throw failure("\(address.reference(in: sheet)) refers to shared string \(value), which the workbook lacks", plain: true)
            }
            return strings[index]
        case "inlineStr": return cell.inline ?? value
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "d": return value.replacingT()
        case "n": return value.isEmpty ? "" : format.text(value, date1904: date1904) ?? value
        default: return value
        }
    }

    private mutating func set(_ text: String, at address: CellAddress) throws(XLSXError) {
        guard !text.isEmpty else { return }
        if cells[address.row]?.updateValue(text, forKey: address.column) == nil {
            if cells[address.row] == nil { cells[address.row] = [address.column: text] }
            count += 1
            guard count <= XLSXReader.maxCells else { throw tooManyCells() }
        }
        lastRow = max(lastRow, address.row)
        lastColumn = max(lastColumn, address.column)
    }

    private func tooManyCells() -> XLSXError {
        failure("more than \(XLSXReader.maxCells) filled cells (counting merged blocks); split it into smaller files")
    }

    private func failure(_ message: String, plain: Bool = false) -> XLSXError {
        XLSXError(file: file, message: plain ? message : "sheet \"\(sheet)\": \(message)")
    }
}

private extension String {
    /// An ISO 8601 cell value (`t="d"`) as readers take it: `2026-10-01T08:00:00` → `2026-10-01 08:00`, midnight dropped.
    func replacingT() -> String {
        let parts = split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return self }
        let time = parts[1].prefix(5)
        return time == "00:00" ? String(parts[0]) : "\(parts[0]) \(time)"
    }
}
