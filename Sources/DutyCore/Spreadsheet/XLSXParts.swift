/// The parts of an .xlsx workbook that dutyd reads, as XMLCoder decodes them (SpreadsheetML, ECMA-376 part 1).
enum XLSXParts {
    /// Text content of an element such as `<t xml:space="preserve">…</t>` or `<v>…</v>`.
    struct Text: Decodable {
        let value: String?
        enum CodingKeys: String, CodingKey { case value = "" }
    }

    /// `xl/workbook.xml`: the sheets in tab order and the date system.
    struct Workbook: Decodable {
        struct Properties: Decodable { let date1904: String? }
        struct Sheet: Decodable {
            let name: String
            let relationship: String?
            enum CodingKeys: String, CodingKey {
                case name
                case relationship = "r:id"
            }
        }
        struct Sheets: Decodable { let sheet: [Sheet]? }
        let workbookPr: Properties?
        let sheets: Sheets?
    }

    /// `xl/_rels/workbook.xml.rels`: where each sheet's part is.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            let id: String
            let target: String
            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case target = "Target"
            }
        }
        let relationship: [Relationship]?
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// One string of `xl/sharedStrings.xml` (or an inline string): plain, or rich text in runs.
    struct StringItem: Decodable {
        struct Run: Decodable { let t: Text? }
        let t: Text?
        let r: [Run]?

        var text: String {
            if let runs = r { return runs.map { $0.t?.value ?? "" }.joined() }
            return t?.value ?? ""
        }
    }

    /// `xl/sharedStrings.xml`.
    struct SharedStrings: Decodable { let si: [StringItem]? }

    /// `xl/styles.xml`: the number format of each cell style.
    struct Styles: Decodable {
        struct NumberFormat: Decodable {
            let numFmtId: Int
            let formatCode: String
        }
        struct NumberFormats: Decodable { let numFmt: [NumberFormat]? }
        struct CellFormat: Decodable { let numFmtId: Int? }
        struct CellFormats: Decodable { let xf: [CellFormat]? }
        let numFmts: NumberFormats?
        let cellXfs: CellFormats?
    }

    /// A worksheet part: its cells and merged ranges.
    struct Worksheet: Decodable {
        struct Cell: Decodable {
            let r: String?
            let t: String?
            let s: Int?
            let v: Text?
            let inline: StringItem?
            enum CodingKeys: String, CodingKey { case r, t, s, v, inline = "is" }
        }
        struct Row: Decodable {
            let r: Int?
            let c: [Cell]?
        }
        struct SheetData: Decodable { let row: [Row]? }
        struct MergeCell: Decodable { let ref: String }
        struct MergeCells: Decodable { let mergeCell: [MergeCell]? }
        let sheetData: SheetData?
        let mergeCells: MergeCells?
    }
}
