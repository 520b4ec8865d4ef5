import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// The reply of the export methods: a table as CSV, or as a one-sheet .xlsx workbook in base64.
enum ExportReply {
    /// The formats the export methods write.
    static let formats = ["csv", "xlsx"]

    /// Checks `format` (nil is CSV) before any work is done.
    static func check(_ format: String?) -> VarlinkError? {
        formats.contains(format ?? "csv") ? nil : .invalidValue("format", phrase: Phrase("value.format", format ?? ""))
    }

    /// The table in `format`; the workbook's one sheet is `sheet`. In CSV, cells that could run as formulas get
    /// `FormulaGuard`'s `'`; a workbook's cells are text cells, which no spreadsheet runs.
    static func make(_ format: String?, sheet: String, header: [String], rows: [[String]]) -> Result<ExportLedgerReply, VarlinkError> {
        guard format == "xlsx" else {
            return .success(ExportLedgerReply(csv: CSVWriter.export(header: header, rows: rows)))
        }
        do {
            let workbook = try XLSXFile.pack(XLSXWriter.parts(sheet: sheet, header: header, rows: rows))
            return .success(ExportLedgerReply(csv: "", xlsx: workbook.base64EncodedString()))
        } catch {
            return .failure(.invalidMessage("cannot write the \(sheet) workbook: \(error)"))
        }
    }
}
