/// Writes a table as the XML parts of a one-sheet .xlsx workbook (the shell zips them).
///
/// Every cell is an inline string, so text that looks like a number or a formula (`=1+1`, `0635-8211234`) stays
/// exactly as written and is never evaluated; the header row is bold and frozen.
public enum XLSXWriter {
    /// One file of the package.
    public struct Part: Sendable, Equatable {
        public let path: String
        public let text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The parts of a workbook with one sheet named `sheet` (at most 31 characters, no `[]:*?/\`).
    public static func parts(sheet: String, header: [String], rows: [[String]]) -> [Part] {
        let name = escape(String(sheet.filter { !"[]:*?/\\".contains($0) }.prefix(31)))
        var sheetXML = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        sheetXML += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        sheetXML += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        sheetXML += columns(header: header, rows: rows)
        sheetXML += "<sheetData>"
        for (index, record) in (CollectionOfOne(header) + rows).enumerated() {
            let row = index + 1
            sheetXML += #"<row r="\#(row)">"#
            for (column, value) in record.enumerated() where !value.isEmpty {
                let address = CellAddress(row: row, column: column + 1)
                let style = row == 1 ? #" s="1""# : ""
                let space = value.first?.isWhitespace == true || value.last?.isWhitespace == true ? #" xml:space="preserve""# : ""
                sheetXML += #"<c r="\#(address)"\#(style) t="inlineStr"><is><t\#(space)>\#(escape(value))</t></is></c>"#
            }
            sheetXML += "</row>"
        }
        sheetXML += "</sheetData></worksheet>"
        return [
            Part(path: "[Content_Types].xml", text: contentTypes),
            Part(path: "_rels/.rels", text: packageRelationships),
            Part(path: "xl/workbook.xml", text: workbook(name)),
            Part(path: "xl/_rels/workbook.xml.rels", text: workbookRelationships),
            Part(path: "xl/styles.xml", text: styles),
            Part(path: "xl/worksheets/sheet1.xml", text: sheetXML),
        ]
    }

    /// Column widths from the widest cell (CJK characters count double), so the sheet opens readable.
    private static func columns(header: [String], rows: [[String]]) -> String {
        guard !header.isEmpty else { return "" }
        var xml = "<cols>"
        for column in header.indices {
            let widest = (CollectionOfOne(header) + rows).map { $0.indices.contains(column) ? width($0[column]) : 0 }.max() ?? 0
            xml += #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(min(max(widest + 2, 8), 60))" customWidth="1"/>"#
        }
        return xml + "</cols>"
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    /// XML text with the five entities escaped and the characters XML 1.0 cannot carry left out.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static let contentTypes = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
        """#

    private static let packageRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """#

    private static func workbook(_ name: String) -> String {
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\#(name)" sheetId="1" r:id="rId1"/></sheets></workbook>
        """#
    }

    private static let workbookRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """#

    private static let styles = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """#
}
