import DutyCore
import Testing

@Suite("CSV parser")
struct CSVParserTests {
    private func parse(_ text: String) throws(CSVProblem) -> CSVTable {
        try CSVParser.parse(text, file: "ledger.csv")
    }

    private func problem(_ text: String) -> CSVProblem? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("header and rows with spreadsheet row numbers")
    func simple() throws {
        let table = try parse("学校,风险等级\n日照市第一中学,重大\n东港区实验小学,一般\n")
        #expect(table.file == "ledger.csv")
        #expect(table.header == ["学校", "风险等级"])
        #expect(table.rows == [CSVRecord(row: 2, fields: ["日照市第一中学", "重大"]), CSVRecord(row: 3, fields: ["东港区实验小学", "一般"])])
    }

    @Test("quoted cells hold commas, doubled quotes and line breaks; a cell with a line break stays one row")
    func quoting() throws {
        let table = try parse("a,b\r\n\"1,5\",\"他说\"\"好\"\"\"\r\n\"第一行\r\n第二行\",x\r\ny,\"\"\r\n")
        #expect(table.rows == [
            CSVRecord(row: 2, fields: ["1,5", "他说\"好\""]),
            CSVRecord(row: 3, fields: ["第一行\r\n第二行", "x"]),
            CSVRecord(row: 4, fields: ["y", ""]),
        ])
    }

    @Test("LF, CRLF and CR line breaks, and no line break at the end")
    func lineBreaks() throws {
        let table = try parse("a,b\n1,2\r\n3,4\r5,6")
        #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(table.rows.map(\.row) == [2, 3, 4])
    }

    @Test("blank and all-empty rows are left out but keep their numbers; trailing empty lines are ignored")
    func emptyRows() throws {
        let table = try parse("a,b\n1,2\n\n,\n3,4\n\n\r\n")
        #expect(table.rows == [CSVRecord(row: 2, fields: ["1", "2"]), CSVRecord(row: 5, fields: ["3", "4"])])
    }

    @Test("a byte order mark is skipped; cells are not trimmed")
    func byteOrderMark() throws {
        let table = try parse("\u{FEFF}日期, 值班人员\n2026-05-01, 张三 \n")
        #expect(table.header == ["日期", " 值班人员"])
        #expect(table.rows[0].fields == ["2026-05-01", " 张三 "])
    }

    @Test("a short row is kept; empty cells beyond the header are dropped")
    func rowWidths() throws {
        let table = try parse("a,b,c\n1\n2,3,4,,\n")
        #expect(table.rows.map(\.fields) == [["1"], ["2", "3", "4"]])
    }

    @Test("a header without rows is a table with zero rows")
    func headerOnly() throws {
        #expect(try parse("日期,值班人员\r\n").rows.isEmpty)
        #expect(try parse("日期,值班人员").rows.isEmpty)
    }

    @Test("an empty file has no header", arguments: ["", "\u{FEFF}", "\n\n", ",,\r\n"])
    func empty(text: String) {
        let problem = problem(text)
        #expect(problem?.row == 1)
        #expect(problem?.column == nil)
        #expect(problem?.message.contains("no header row") == true)
    }

    @Test("an unclosed quote is reported at the row and column where it opens")
    func unterminatedQuote() {
        let problem = problem("学校,整改措施\n一中,更换\n二中,\"更换灭火器\n三中,清理通道\n四中,无\n")
        #expect(problem == CSVProblem(file: "ledger.csv", row: 3, column: 2, columnName: "整改措施",
                                      message: "the quoted cell is never closed: a \" opens it and no closing \" follows"))
        #expect(problem?.description == "ledger.csv: row 3, column 2 (整改措施): the quoted cell is never closed: a \" opens it and no closing \" follows")
    }

    @Test("an unclosed quote after a multi-line cell names the row the spreadsheet shows")
    func unterminatedQuoteAfterLineBreaks() {
        let problem = problem("a,b\n\"x\ny\nz\",1\n2,\"open\n")
        #expect(problem?.row == 3)
        #expect(problem?.column == 2)
    }

    @Test("a quote inside an unquoted cell is rejected")
    func strayQuote() {
        let problem = problem("学校,地点\n一中,3号楼\"东侧\n")
        #expect(problem?.row == 2)
        #expect(problem?.column == 2)
        #expect(problem?.columnName == "地点")
        #expect(problem?.message.contains("unquoted cell") == true)
    }

    @Test("text after a closing quote is rejected")
    func textAfterClosingQuote() {
        let problem = problem("a,b\n\"x\"y,1\n")
        #expect(problem?.row == 2)
        #expect(problem?.column == 1)
        #expect(problem?.columnName == "a")
    }

    @Test("a quote in the header is located without a column name")
    func headerProblem() {
        let problem = problem("a,b\"c\n")
        #expect(problem == CSVProblem(file: "ledger.csv", row: 1, column: 2, columnName: nil,
                                      message: "a quote inside an unquoted cell; put the whole cell in quotes and double the quote (\"\")"))
    }

    @Test("a row with more cells than the header is rejected at the first cell outside the table")
    func tooManyFields() {
        let problem = problem("学校,风险等级\n一中,重大\n二中,一般,,多余\n")
        #expect(problem?.row == 3)
        #expect(problem?.column == 4)
        #expect(problem?.columnName == nil)
        #expect(problem?.description == "ledger.csv: row 3, column 4: this row has 4 cells but the header has 2 columns; cell 4 is outside the table")
    }

    @Test("a problem without a column reads file: row: message")
    func descriptionWithoutColumn() {
        #expect(CSVProblem(file: "r.csv", row: 1, message: "m").description == "r.csv: row 1: m")
        #expect(CSVProblem(file: "r.csv", row: 9, columnName: "日期", message: "m").description == "r.csv: row 9 (日期): m")
    }
}
