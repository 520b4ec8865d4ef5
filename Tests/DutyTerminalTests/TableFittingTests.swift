import DutyTerminal
import Testing

@Suite("Tables fitted to the terminal's width")
struct TableFittingTests {
    /// Three alerts with Chinese units and summaries, as `dutyctl alerts` lists them.
    private func alerts() -> TextTable {
        TextTable(
            columns: [
                .init("ID", alignment: .right), .init("状态"), .init("级别", alignment: .right, priority: 2),
                .init("风险", priority: 3), .init("单位", wrapsTo: 8), .init("摘要", wrapsTo: 10),
                .init("下次升级", priority: 1),
            ],
            rows: [
                ["7", "告警", "1/4", "重大", "东昌府区教育和体育局", "值班人员未签到：东港区实验小学 10-01 08:00 班次", "10-01 10:00（2小时后）"],
                ["12", "已确认", "0/3", "一般", "东港区实验小学", "fire door blocked at the north stairs", "-"],
            ]
        )
    }

    @Test("no line is wider than the width, counting Chinese as two columns")
    func fits() {
        for width in [80, 60, 50] {
            let lines = alerts().render(width: width).split(separator: "\n")
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "width \(width)")
        }
    }

    @Test("without a width, or wide enough, nothing is dropped or wrapped")
    func wide() {
        let natural = alerts().render()
        #expect(alerts().render(width: 200) == natural)
        #expect(natural.split(separator: "\n").count == 3)
        #expect(natural.contains("值班人员未签到：东港区实验小学 10-01 08:00 班次"))
    }

    @Test("columns are dropped highest priority first, before wrapping, and priority 0 never")
    func drops() {
        let narrow = alerts().render(width: 50)
        #expect(!narrow.contains("风险") && !narrow.contains("级别") && !narrow.contains("下次升级"))
        #expect(narrow.contains("ID") && narrow.contains("状态") && narrow.contains("单位") && narrow.contains("摘要"))
        let wider = alerts().render(width: 110)
        #expect(!wider.contains("风险") && !wider.contains("级别"), "columns go before any cell wraps")
        #expect(wider.contains("下次升级") && wider.split(separator: "\n").count == 3)
    }

    @Test("a wrapped cell continues in its own column on the next lines")
    func wraps() {
        let table = TextTable(columns: [.init("ID"), .init("SUMMARY", wrapsTo: 10)], rows: [["3", "fire door blocked at the north stairs"]])
        #expect(table.render(width: 20) == """
            ID  SUMMARY
            3   fire door
                blocked at the
                north stairs
            """)
    }

    @Test("Chinese text wraps between any two characters, Latin at spaces")
    func wrapText() {
        #expect(DisplayWidth.wrap("东昌府区教育和体育局", to: 8) == ["东昌府区", "教育和体", "育局"])
        #expect(DisplayWidth.wrap("fire door blocked", to: 10) == ["fire door", "blocked"])
        #expect(DisplayWidth.wrap("short", to: 10) == ["short"])
        #expect(DisplayWidth.wrap("unbreakablewordhere", to: 8) == ["unbreaka", "blewordh", "ere"])
    }

    @Test("key-value values wrap under the value column")
    func keyValueWraps() {
        let text = TextTable.keyValue([("configuration", "/etc/dutyd/dutyd.toml (loaded 2026-10-01T08:00:00+08:00)")], width: 42)
        #expect(text == """
            configuration  /etc/dutyd/dutyd.toml
                           (loaded
                           2026-10-01T08:00:00+08:00)
            """)
    }

    @Test("the width is COLUMNS, else the terminal's, else 80")
    func width() {
        #expect(TerminalWidth.resolve(columns: "120", terminal: 100) == 120)
        #expect(TerminalWidth.resolve(columns: nil, terminal: 100) == 100)
        #expect(TerminalWidth.resolve(columns: "x", terminal: nil) == 80)
        #expect(TerminalWidth.resolve(columns: "0", terminal: nil) == 80)
    }
}
