import DutyCore
import Testing

@Suite("CSV header mapping")
struct CSVHeaderMappingTests {
    enum Field: Hashable, Sendable { case date, officer, leader, note }

    static let mapping = CSVHeaderMapping<Field>(columns: [
        .init(field: .date, names: ["日期", "值班日期", "Date"], required: true),
        .init(field: .officer, names: ["值班人员"], required: true),
        .init(field: .leader, names: ["带班领导"], required: false),
        .init(field: .note, names: ["备注"], required: false),
    ])

    private func table(_ text: String) throws -> CSVTable {
        try CSVParser.parse(text, file: "roster.csv")
    }

    private func problem(_ text: String, _ mapping: CSVHeaderMapping<Field> = mapping) throws -> CSVProblem? {
        let table = try table(text)
        do {
            _ = try mapping.resolve(table)
            return nil
        } catch {
            return error
        }
    }

    @Test("fields are found by any accepted name, trimmed and case-insensitive for Latin, in any order")
    func aliases() throws {
        let bound = try Self.mapping.resolve(table("值班人员, DATE ,其他\n 张三 ,2026-05-01,x\n"))
        let record = bound.table.rows[0]
        #expect(bound.column(.date) == 2)
        #expect(bound.column(.officer) == 1)
        #expect(bound.value(.date, in: record) == "2026-05-01")
        #expect(bound.value(.officer, in: record) == "张三")
    }

    @Test("an absent optional column and a missing cell read as empty; the ideographic space is trimmed")
    func emptyValues() throws {
        let bound = try Self.mapping.resolve(table("值班日期,值班人员,备注\n2026-05-01,\u{3000}李四\u{3000}\n"))
        let record = bound.table.rows[0]
        #expect(bound.column(.leader) == nil)
        #expect(bound.value(.leader, in: record) == "")
        #expect(bound.value(.note, in: record) == "")
        #expect(bound.value(.officer, in: record) == "李四")
    }

    @Test("a missing required column is reported at row 1 with its accepted names")
    func missingRequired() throws {
        let problem = try problem("值班人员,备注\n张三,\n")
        #expect(problem == CSVProblem(file: "roster.csv", row: 1, column: nil, columnName: nil,
                                      message: "the header lacks the required column \"日期\" (or \"值班日期\", \"Date\")"))
    }

    @Test("several missing columns are named together")
    func severalMissing() throws {
        let problem = try problem("备注\nx\n")
        #expect(problem?.message == "the header lacks the required columns \"日期\" (or \"值班日期\", \"Date\"), \"值班人员\"")
    }

    @Test("two columns for the same field are reported at the second")
    func duplicate() throws {
        let problem = try problem("日期,值班人员,值班日期\n")
        #expect(problem?.row == 1)
        #expect(problem?.column == 3)
        #expect(problem?.columnName == "值班日期")
        #expect(problem?.message == "column \"值班日期\" repeats column 1 (\"日期\"): both are \"日期\" (or \"值班日期\", \"Date\"); keep one of them")
    }

    @Test("the same header name twice is a duplicate")
    func sameNameTwice() throws {
        let problem = try problem("值班人员,日期,值班人员\n")
        #expect(problem?.column == 3)
    }

    @Test("unknown and unnamed columns are ignored by default")
    func unknownIgnored() throws {
        #expect(try problem("日期,值班人员,电话,,\n") == nil)
    }

    @Test("unknown columns are rejected when the mapping asks, naming the accepted columns")
    func unknownRejected() throws {
        let strict = CSVHeaderMapping<Field>(columns: Self.mapping.columns, rejectsUnknownColumns: true)
        let problem = try problem("日期,值班人员,电话\n", strict)
        #expect(problem?.row == 1)
        #expect(problem?.column == 3)
        #expect(problem?.columnName == "电话")
        #expect(problem?.message == "unknown column \"电话\"; the columns are \"日期\" (or \"值班日期\", \"Date\"), \"值班人员\", \"带班领导\", \"备注\"")
        #expect(try self.problem("日期,值班人员,,\n", strict) == nil)
    }

    @Test("a problem names the record's row and the field's column as the file writes it")
    func problemLocation() throws {
        let bound = try Self.mapping.resolve(table("值班人员,带班领导, 值班日期\n张三,王五,2026-05-01\n\n李四,,五月一日\n"))
        let record = bound.table.rows[1]
        let problem = bound.problem(.date, in: record, "expected a date such as 2026-05-01")
        #expect(problem.description == "roster.csv: row 4, column 3 (值班日期): expected a date such as 2026-05-01")
        let absent = bound.problem(.note, in: record, "a note is needed")
        #expect(absent.description == "roster.csv: row 4 (备注): a note is needed")
    }
}
