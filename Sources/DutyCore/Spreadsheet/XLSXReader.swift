import Foundation
import XMLCoder

/// Reads one worksheet of an .xlsx workbook into the same table a CSV file gives, so every reader and its errors apply.
///
/// Pure: the caller hands over the package's parts (the shell unzips them). Cells read as a person sees them:
/// shared and inline strings as text, numbers without a needless `.0`, serial numbers in a date or time format as
/// `2026-10-01`, `08:00` or `2026-10-01 08:00`, formulas as their last computed value. A merged block's value applies
/// to every cell of it. Row 1 of the sheet is the header, as in a CSV file, unless it is a title merged across the
/// columns (then the first row below the titles is); problems name cells as `Sheet1!C7`.
public enum XLSXReader {
    /// The most cells a sheet may fill, counting merged blocks cell by cell.
    public static let maxCells = 2_000_000

    /// The table of the sheet named `sheet`, or of the first sheet; `part(path)` gives a part's bytes, nil when absent.
    public static func read(
        file: String, sheet: String?, part: (String) throws(XLSXError) -> [UInt8]?
    ) throws(XLSXError) -> CSVTable {
        func required(_ path: String, _ missing: String) throws(XLSXError) -> [UInt8] {
            guard let bytes = try part(path) else { throw XLSXError(file: file, message: missing) }
            return bytes
        }
        let workbook = try decode(XLSXParts.Workbook.self, required("xl/workbook.xml", "not an Excel workbook: it has no xl/workbook.xml; save the file in Excel as \"Excel 工作簿 (*.xlsx)\""), file, "xl/workbook.xml")
        let sheets = workbook.sheets?.sheet ?? []
        let names = sheets.map(\.name)
        guard let index = sheet.map({ names.firstIndex(of: $0) }) ?? (names.isEmpty ? nil : 0) else {
            let message = names.isEmpty
                ? "the workbook has no worksheet"
                : "the workbook has no sheet named \"\(sheet ?? "")\"; its sheets are \(names.map { "\"\($0)\"" }.joined(separator: ", "))"
            throw XLSXError(file: file, message: message)
        }
        let path = try sheetPath(sheets[index], index: index, file: file, part: part)
        let strings = try part("xl/sharedStrings.xml").map { bytes throws(XLSXError) in
            try stream(XLSXStreamParser.sharedStrings(bytes), file, "xl/sharedStrings.xml")
        } ?? []
        let formats = try part("xl/styles.xml").map { bytes throws(XLSXError) in
            try styleFormats(decode(XLSXParts.Styles.self, bytes, file, "xl/styles.xml"))
        } ?? []
        let date1904 = ["1", "true"].contains(workbook.workbookPr?.date1904 ?? "")
        let sheetBytes = try required(path, "the workbook names \(path) for sheet \"\(names[index])\" but does not contain it")
        let worksheet = try stream(XLSXStreamParser.worksheet(sheetBytes), file, path)
        var grid = XLSXGrid(file: file, sheet: names[index])
        try grid.fill(worksheet, strings: strings, formats: formats, date1904: date1904)
        try grid.spreadMerges(worksheet.merges)
        return try grid.table()
    }

    /// The part of a sheet from the workbook's relationships (`xl/worksheets/sheetN.xml` when it has none).
    private static func sheetPath(
        _ sheet: XLSXParts.Workbook.Sheet, index: Int, file: String, part: (String) throws(XLSXError) -> [UInt8]?
    ) throws(XLSXError) -> String {
        let fallback = "xl/worksheets/sheet\(index + 1).xml"
        guard let id = sheet.relationship, let bytes = try part("xl/_rels/workbook.xml.rels") else { return fallback }
        let relationships = try decode(XLSXParts.Relationships.self, bytes, file, "xl/_rels/workbook.xml.rels")
        guard let target = relationships.relationship?.first(where: { $0.id == id })?.target else { return fallback }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The number-format kind of each cell style, by style index.
    private static func styleFormats(_ styles: XLSXParts.Styles) -> [XLSXNumberFormat] {
        let codes = Dictionary((styles.numFmts?.numFmt ?? []).map { ($0.numFmtId, $0.formatCode) }, uniquingKeysWith: { first, _ in first })
        return (styles.cellXfs?.xf ?? []).map { format in
            let id = format.numFmtId ?? 0
            return XLSXNumberFormat.kind(id: id, code: codes[id])
        }
    }

    /// The streamed part, or an error naming it.
    private static func stream<T>(_ result: Result<T, XLSXParts.Damage>, _ file: String, _ part: String) throws(XLSXError) -> T {
        switch result {
        case .success(let value): return value
        case .failure(let damage): throw damaged(file, part, damage.reason)
        }
    }

    /// The error for a part that is not valid SpreadsheetML.
    private static func damaged(_ file: String, _ part: String, _ reason: String) -> XLSXError {
        XLSXError(file: file, message: "the workbook is damaged: \(part) is not valid SpreadsheetML (\(reason)); open and save it again in Excel")
    }

    /// Decodes one XML part; broken XML is an error naming the part.
    private static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], _ file: String, _ part: String) throws(XLSXError) -> T {
        let decoder = XMLDecoder()
        decoder.trimValueWhitespaces = false
        do {
            return try decoder.decode(type, from: Data(bytes))
        } catch {
            throw damaged(file, part, reason(error))
        }
    }

    /// A short reason for a decoding failure.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.underlyingError.map { "\($0)" } ?? context.debugDescription
        case DecodingError.keyNotFound(let key, _): "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected \(context.codingPath.map(\.stringValue).joined(separator: "/"))"
        default: "\(error)"
        }
    }
}
