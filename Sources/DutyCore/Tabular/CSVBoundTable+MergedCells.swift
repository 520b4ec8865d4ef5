import DutyPhrases
extension CSVBoundTable {
    /// The table with the cells Excel leaves blank under a merged cell filled in, for the fields
    /// where offices merge cells (a date over its shifts, a school over its hazards).
    ///
    /// A value is carried down only where the file's shape shows a merge: the same column empty in
    /// a block of consecutive rows right under a row that has it. A blank line ends a block. Each
    /// block carried down is a notice at its first row.
    public func fillingMergedCells(_ fields: [Field]) -> CSVBoundTable<Field> {
        var rows = table.rows
        var notices = self.notices
        for field in fields {
            guard let column = column(field).map({ $0 - 1 }) else { continue }
            var source: (text: String, row: Int)?
            var block: [Int] = []
            func flush() {
                guard let source, let first = block.first, let last = block.last else { return }
                let span = Phrase.rows(first, last)
                notices.append(CSVProblem(
                    file: table.file, row: first, column: column + 1, columnName: CSVCellText.trimmed(table.header[column]),
                    phrase: Phrase("sheet.mergedCell", span.english, String(source.row), CSVCellText.quoted(source.text), span.chinese), sheet: table.sheet))
                block = []
            }
            for index in rows.indices {
                let record = rows[index]
                let text = column < record.fields.count ? CSVCellText.trimmed(record.fields[column]) : ""
                let continues = index > 0 && rows[index - 1].row + 1 == record.row
                if text.isEmpty, continues, let source {
                    var fields = record.fields + Array(repeating: "", count: max(0, column + 1 - record.fields.count))
                    fields[column] = source.text
                    rows[index] = CSVRecord(row: record.row, fields: fields)
                    block.append(record.row)
                    continue
                }
                flush()
                source = text.isEmpty ? nil : (text, record.row)
            }
            flush()
        }
        var filled = CSVBoundTable(table: table.replacingRows(rows), indexes: indexes, fallbackNames: fallbackNames)
        filled.notices = notices
        return filled
    }
}
