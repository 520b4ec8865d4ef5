import DutyTerminal
import Testing

@Suite("Text tables")
struct TextTableTests {
    /// Alerts at a city bureau and two schools, as `dutyctl alerts` might list them.
    private func alertTable() -> TextTable {
        TextTable(
            columns: [
                .init("ID", alignment: .right), .init("UNIT"), .init("STATE"), .init("SUMMARY"),
            ],
            rows: [
                ["7", "日照市教育局", "triggered", "值班人员未签到"],
                ["12", "东港区实验小学", "acknowledged", "fire door blocked 消防通道堵塞"],
                ["103", "Rizhao Experimental School", "resolved", ""],
            ]
        )
    }

    @Test("Chinese and Latin cells line up: every column starts at the same display column")
    func mixedScripts() {
        #expect(alertTable().render() == """
             ID  UNIT                        STATE         SUMMARY
              7  日照市教育局                triggered     值班人员未签到
             12  东港区实验小学              acknowledged  fire door blocked 消防通道堵塞
            103  Rizhao Experimental School  resolved
            """)
    }

    @Test("a styled cell keeps its column: escape codes do not count as width")
    func cellStyle() {
        var table = alertTable()
        let colour = TerminalStyle(isEnabled: true)
        table.cellStyle = { row, column, text in
            column == 2 && row == 0 ? colour.apply(.red, to: text) : text
        }
        let styled = table.render()
        #expect(styled.split(separator: "\n")[1] == "  7  日照市教育局                \u{1B}[31mtriggered\u{1B}[0m     值班人员未签到")
        #expect(withoutEscapes(styled) == alertTable().render())
    }

    @Test("the style hook sees data rows only, with their own row and column numbers")
    func cellStyleArguments() {
        var table = alertTable()
        table.cellStyle = { row, column, text in "\(row),\(column):\(text)" }
        #expect(table.render().split(separator: "\n").first == " ID  UNIT                        STATE         SUMMARY")
        #expect(table.render().split(separator: "\n").last == "2,0:103  2,1:Rizhao Experimental School  2,2:resolved")
    }

    @Test("a cell with line breaks or tabs stays on one line")
    func controlCharacters() {
        let table = TextTable(
            columns: [.init("UNIT"), .init("SUMMARY")],
            rows: [["东港区", "blocked\nexit\tB"], ["rz", "ok"]]
        )
        #expect(table.render() == """
            UNIT    SUMMARY
            东港区  blocked exit B
            rz      ok
            """)
    }

    @Test("key-value lines align values after keys of any script, continuing multi-line values")
    func keyValue() {
        let text = TextTable.keyValue([
            ("unit", "东港区实验小学 (rz-dg-syxx)"),
            ("值班领导", "张伟"),
            ("recipients", "张伟  13800000001\n李娜  13800000002"),
            ("note", ""),
        ])
        #expect(text == """
            unit        东港区实验小学 (rz-dg-syxx)
            值班领导    张伟
            recipients  张伟  13800000001
                        李娜  13800000002
            note
            """)
    }

    @Test("a table without a header shows only its rows")
    func withoutHeader() {
        let table = TextTable(
            columns: [.init("NAME"), .init("PHONE")],
            rows: [["张伟", "13800000001"], ["Li Na", "13800000002"]],
            showsHeader: false
        )
        #expect(table.render() == "张伟   13800000001\nLi Na  13800000002")
    }

    private func withoutEscapes(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for character in text {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                inEscape = character != "m"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
