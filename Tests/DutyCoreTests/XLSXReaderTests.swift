import DutyCore
import Testing

@Suite("Reading and writing .xlsx worksheets (pure: parts in, table out)")
struct XLSXReaderTests {
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="说明" sheetId="1" r:id="rId1"/><sheet name="值班" sheetId="2" r:id="rId2"/></sheets></workbook>
        """
    static let relationships = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/duty.xml"/>
        </Relationships>
        """
    static let sharedStrings = """
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>单位</t></si><si><t>日期</t></si>
        <si><r><rPr><b/></rPr><t>值班</t></r><r><t>人员</t></r></si><si><t xml:space="preserve"> 东港区实验小学 </t></si><si><t>陈静</t></si></sst>
        """
    /// Style 0 is General, 1 a custom date format, 2 the built-in time format 20, 3 a date and time.
    static let styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2">
        <numFmt numFmtId="165" formatCode="yyyy\\年m\\月d\\日"/><numFmt numFmtId="166" formatCode="yyyy/mm/dd hh:mm"/></numFmts>
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="166"/></cellXfs></styleSheet>
        """
    /// A title merged across A1:D1, the header in row 2, the unit merged down A3:A5 and the date down B3:B4.
    static let duty = """
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>国庆值班表</t></is></c><c r="B1" s="0"/></row>
        <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="inlineStr"><is><t>联系电话</t></is></c></row>
        <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><v>46296</v></c><c r="C3" t="s"><v>4</v></c><c r="D3"><v>13906332002</v></c></row>
        <row r="4"><c r="C4" t="s"><v>4</v></c><c r="D4"><v>1.3906332002E10</v></c></row>
        <row r="6"><c r="B6" s="3"><v>46297.333333333336</v></c><c r="C6" s="2"><v>0.5</v></c><c r="D6" t="str"><f>D3</f><v>13906332002</v></c></row>
        </sheetData><mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="A3:A5"/><mergeCell ref="B3:B4"/></mergeCells></worksheet>
        """

    static func parts(_ overrides: [String: String?] = [:]) -> (String) -> [UInt8]? {
        var parts: [String: String?] = [
            "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relationships, "xl/sharedStrings.xml": sharedStrings,
            "xl/styles.xml": styles, "xl/worksheets/duty.xml": duty,
            "xl/worksheets/sheet1.xml": #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>"#,
        ]
        parts.merge(overrides) { $1 }
        return { path in parts[path].flatMap { $0.map { Array($0.utf8) } } }
    }

    static func read(sheet: String? = "值班", _ overrides: [String: String?] = [:]) throws(XLSXError) -> CSVTable {
        let parts = parts(overrides)
        return try XLSXReader.read(file: "值班表.xlsx", sheet: sheet) { path throws(XLSXError) in parts(path) }
    }

    static func failure(sheet: String? = "值班", _ overrides: [String: String?] = [:]) -> String? {
        do {
            _ = try read(sheet: sheet, overrides)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("shared, rich and inline strings, dates by number format, numbers, formulas' values, title rows and merged blocks")
    func cells() throws {
        let table = try Self.read()
        #expect(table.sheet == "值班")
        #expect(table.headerRow == 2)
        #expect(table.header == ["单位", "日期", "值班人员", "联系电话"])
        #expect(table.rows == [
            CSVRecord(row: 3, fields: [" 东港区实验小学 ", "2026-10-01", "陈静", "13906332002"]),
            CSVRecord(row: 4, fields: [" 东港区实验小学 ", "2026-10-01", "陈静", "13906332002"]),
            CSVRecord(row: 5, fields: [" 东港区实验小学 ", "", "", ""]),
            CSVRecord(row: 6, fields: ["", "2026-10-02 08:00", "12:00", "13906332002"]),
        ])
    }

    @Test("the first sheet unless one is named; an unknown name lists the sheets")
    func sheets() throws {
        #expect(try Self.read(sheet: nil).header == ["说明"])
        #expect(Self.failure(sheet: "五一") == #"值班表.xlsx: the workbook has no sheet named "五一"; its sheets are "说明", "值班""#)
    }

    @Test("problems of a worksheet's table name the cell as Sheet!C7, or the sheet's row")
    func addresses() throws {
        let table = try Self.read()
        let mapping = CSVHeaderMapping<String>(columns: [.init(field: "officer", names: ["值班人员"]), .init(field: "leader", names: ["带班领导"])])
        #expect(throws: CSVProblem(file: "值班表.xlsx", row: 2, message: #"the header lacks the required column "带班领导""#, sheet: "值班")) {
            try mapping.resolve(table)
        }
        let bound = try CSVHeaderMapping<String>(columns: [.init(field: "officer", names: ["值班人员"])]).resolve(table)
        let problem = bound.problem("officer", in: table.rows[0], "no person named 陈静")
        #expect(problem.description == "值班表.xlsx: 值班!C3 (值班人员): no person named 陈静")
        #expect(CSVProblem(file: "a.xlsx", row: 7, message: "m", sheet: "国庆 值班").description == "a.xlsx: '国庆 值班' row 7: m")
        #expect(CellAddress("AA12") == CellAddress(row: 12, column: 27))
        #expect(CellAddress("$C$7")?.description == "C7")
        #expect(CellAddress("C0") == nil && CellAddress("7C") == nil && CellAddress("XFE1") == nil)
    }

    @Test("a damaged or foreign package is refused with what to do")
    func refused() {
        #expect(Self.failure(["xl/workbook.xml": nil]) == #"值班表.xlsx: not an Excel workbook: it has no xl/workbook.xml; save the file in Excel as "Excel 工作簿 (*.xlsx)""#)
        #expect(Self.failure(["xl/worksheets/duty.xml": "<worksheet><sheetData><row>"])?.hasPrefix(
            "值班表.xlsx: the workbook is damaged: xl/worksheets/duty.xml is not valid SpreadsheetML") == true)
        #expect(Self.failure(["xl/worksheets/duty.xml": nil])
            == #"值班表.xlsx: the workbook names xl/worksheets/duty.xml for sheet "值班" but does not contain it"#)
        let badString = #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>"#
        #expect(Self.failure(["xl/worksheets/duty.xml": badString]) == "值班表.xlsx: 值班!A1 refers to shared string 9, which the workbook lacks")
        let outside = #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="C2" t="s"><v>4</v></c></row></sheetData></worksheet>"#
        #expect(Self.failure(["xl/worksheets/duty.xml": outside])
            == "值班表.xlsx: 值班!C2 is outside the table: the header (row 1) has 1 columns; delete the cell or give its column a header")
        let huge = #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1" t="s"><v>0</v></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>"#
        #expect(Self.failure(["xl/worksheets/duty.xml": huge])?.contains("more than 2000000 filled cells") == true)
    }

    @Test("number formats: built-in and custom date, time and number codes")
    func numberFormats() throws {
        let table = try Self.read(["xl/worksheets/duty.xml": """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>值</t></is></c></row>
            <row r="2"><c r="A2" s="4"><v>46296</v></c></row><row r="3"><c r="A3" s="5"><v>46296</v></c></row>
            <row r="4"><c r="A4" s="6"><v>2.5</v></c></row><row r="5"><c r="A5" s="7"><v>46296.75</v></c></row>
            <row r="6"><c r="A6" s="8"><v>61</v></c></row><row r="7"><c r="A7" t="b"><v>1</v></c></row><row r="8"><c r="A8" t="d"><v>2026-10-01T00:00:00</v></c></row>
            </sheetData></worksheet>
            """, "xl/styles.xml": """
            <styleSheet><numFmts><numFmt numFmtId="170" formatCode="[Red]#,##0.00;&quot;负&quot;0"/><numFmt numFmtId="171" formatCode="[$-804]h&quot;时&quot;mm&quot;分&quot;"/></numFmts>
            <cellXfs><xf numFmtId="0"/><xf/><xf/><xf/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="22"/></cellXfs></styleSheet>
            """])
        #expect(table.rows.map(\.fields) == [["2026-10-01"], ["2026-10-01"], ["2.5"], ["18:00"], ["1900-03-01"], ["TRUE"], ["2026-10-01"]])
    }

    @Test("a written workbook reads back cell for cell; formula-looking text stays text")
    func roundTrip() throws {
        let header = ["序号", "隐患描述", "整改措施"]
        let rows = [["1", "=HYPERLINK(\"http://x\")", " 前后空格 "], ["2", "<灭火器> & \"压力\"", "+86 0633-8211234"], ["3", "", "@SUM(A1)"]]
        let parts = XLSXWriter.parts(sheet: "隐患台账", header: header, rows: rows)
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet1.xml" }?.text)
        #expect(!sheet.contains("<f>") && sheet.contains(#"t="inlineStr""#))
        let byPath = Dictionary(uniqueKeysWithValues: parts.map { ($0.path, Array($0.text.utf8)) })
        let table = try XLSXReader.read(file: "台账.xlsx", sheet: nil) { path throws(XLSXError) in byPath[path] }
        #expect(table.sheet == "隐患台账")
        #expect(table.header == header)
        #expect(table.rows.map(\.fields) == rows)
    }

    @Test("a sheet whose elements carry a namespace prefix (x:row) reads as one without; phonetic hints and CDATA as Excel shows them")
    func prefixedElements() throws {
        let table = try Self.read(["xl/worksheets/duty.xml": """
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:r><x:t>值班</x:t></x:r><x:r><x:t>人员</x:t></x:r></x:is></x:c></x:row>
            <x:row r="2"><x:c r="A2" t="s"><x:v>5</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t><![CDATA[陈静 & 刘洋]]></x:t></x:is></x:c></x:row>
            </x:sheetData><x:mergeCells><x:mergeCell ref="A2:A3"/></x:mergeCells></x:worksheet>
            """, "xl/sharedStrings.xml": """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>单位</t></si><si><t>日期</t></si><si><t>值班人员</t></si>
            <si><t>东港区</t></si><si><t>陈静</t></si><si><t>岚山区</t><rPh sb="0" eb="3"><t>ランザン</t></rPh></si></sst>
            """])
        #expect(table.header == ["单位", "值班人员"])
        #expect(table.rows.map(\.fields) == [["岚山区", "陈静 & 刘洋"]])
    }
}
