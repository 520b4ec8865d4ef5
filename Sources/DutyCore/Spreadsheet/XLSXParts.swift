/// The parts of an .xlsx workbook that dutyd reads (SpreadsheetML, ECMA-376 part 1): the small ones as XMLCoder
/// decodes them, a worksheet as `XLSXStreamParser` streams it.
enum XLSXParts {
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

    /// A worksheet part: its cells and merged ranges, as `XLSXStreamParser` reads them.
    struct Worksheet {
        /// A cell: its reference (`C7`), type, style index, value and inline string.
        struct Cell {
            var r: String?
            var t: String?
            var s: Int?
            var v: String?
            var inline: String?
        }
        /// A row: its number, when given, and its cells.
        struct Row {
            var r: Int?
            var c: [Cell] = []
        }
        var rows: [Row] = []
        /// The merged ranges, `A2:A4`.
        var merges: [String] = []
    }

    /// Why a part is not valid SpreadsheetML.
    struct Damage: Error {
        let reason: String
    }
}
