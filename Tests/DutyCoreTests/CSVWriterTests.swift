import DutyCore
import PropertyBased
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("UTF-8 with a byte order mark, CRLF, quotes only where needed")
    func format() {
        let text = CSVWriter.write(header: ["学校", "整改措施"], rows: [["一中", "更换灭火器, 清理通道"], ["二中", "他说\"好\""], ["三中", "第一行\n第二行"]])
        #expect(text == "\u{FEFF}学校,整改措施\r\n一中,\"更换灭火器, 清理通道\"\r\n二中,\"他说\"\"好\"\"\"\r\n三中,\"第一行\n第二行\"\r\n")
    }

    @Test("without a byte order mark")
    func withoutByteOrderMark() {
        #expect(CSVWriter.write(header: ["a"], rows: [], byteOrderMark: false) == "a\r\n")
    }

    @Test("written text parses back to the same table")
    func roundTrip() throws {
        let header = ["学校", "地点, 楼层", "说明\"备注\""]
        let rows = [["日照市第一中学", "3号楼,东侧", "\"灭火器\"过期"], ["𠀀", "", "第一行\r\n第二行\n第三行\r"], ["", " 空格 ", ""]]
        let table = try CSVParser.parse(CSVWriter.write(header: header, rows: rows), file: "x.csv")
        #expect(table.header == header)
        #expect(table.rows.map(\.fields) == rows)
        #expect(table.rows.map(\.row) == [2, 3, 4])
    }

    static let pieces = ["a", "日照", ",", "\"", "\n", "\r\n", "\r", " ", "𠀀", "重大", "\"\"", ",\""]

    @Test("random cells of commas, quotes, line breaks and Chinese survive a round trip")
    func randomRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...9_999).array(of: 1...80)) { codes in
            let width = codes[0] % 4 + 1
            let cells = codes.dropFirst().map { code in
                (0..<(code % 4)).map { Self.pieces[(code / (4 * ($0 + 1))) % Self.pieces.count] }.joined()
            }
            // A row whose cells are all empty is not data, so every row gets one non-empty cell.
            let table = stride(from: 0, to: cells.count, by: width).map { start in
                let row = Array(cells[start..<min(start + width, cells.count)]) + Array(repeating: "", count: max(0, start + width - cells.count))
                return row.allSatisfy(\.isEmpty) ? ["x"] + row.dropFirst() : row
            }
            let header = table.first ?? Array(repeating: "h", count: width)
            let rows = Array(table.dropFirst())
            let parsed = try CSVParser.parse(CSVWriter.write(header: header, rows: rows), file: "x.csv")
            #expect(parsed.header == header)
            #expect(parsed.rows.map(\.fields) == rows)
            #expect(parsed.rows.map(\.row) == Array((0..<rows.count).map { $0 + 2 }))
        }
    }
}
