import DutyTOML
import Testing

/// A realistic duty-roster configuration with Chinese text, checked for values and for the
/// line:column of keys and values, including columns after Chinese characters.
@Suite("Realistic configuration with Chinese text")
struct ConfigLocationTests {
    static let config = """
        # 值班系统配置
        title = "夜间值班表"

        [team]
        "负责人" = "张三"  # 组长
        lead = { "姓名" = "王五", phone = "13800138000" }
        members = ["李四", "赵六", "孙七"]

        [[shift]]
        date = 2024-03-01
        start = 20:00:00
        who = "李四"

        [[shift]]
        date = 2024-03-02
        who = "赵六"
        note = \"\"\"
        交接班时请确认
        告警已处理\"\"\"

        [notify.email]
        to = ["ops@example.com"]
        subject = "【告警】{服务}异常"
        retry = { times = 3, interval = "5分钟" }
        "中文键" = { "子键" = true }
        """

    @Test("top-level values and the team table")
    func team() throws {
        let root = try TOMLParser.parse(Self.config)
        #expect(root.keys == ["title", "team", "shift", "notify"])
        #expect(root["title"]?.keyLocation == at(2, 1))
        #expect(root["title"]?.node == TOMLNode(value: .string("夜间值班表"), location: at(2, 9)))

        let team = try #require(root["team"])
        #expect(team.keyLocation == at(4, 2))
        #expect(team.node.location == at(4, 1))
        let leader = try #require(team.node.value.tableValue?["负责人"])
        #expect(leader.keyLocation == at(5, 1))
        #expect(leader.node == TOMLNode(value: .string("张三"), location: at(5, 9)))
    }

    @Test("inline table and array after Chinese text")
    func inlineAndArray() throws {
        let root = try TOMLParser.parse(Self.config)
        let lead = try #require(root.node("team", "lead")?.value.tableValue)
        #expect(lead.location == at(6, 8))
        #expect(lead["姓名"]?.keyLocation == at(6, 10))
        #expect(lead["姓名"]?.node == TOMLNode(value: .string("王五"), location: at(6, 17)))
        #expect(lead["phone"]?.keyLocation == at(6, 23))
        #expect(lead["phone"]?.node == TOMLNode(value: .string("13800138000"), location: at(6, 31)))

        let members = try #require(root.node("team", "members"))
        #expect(members.location == at(7, 11))
        #expect(members.value.arrayValue == [
            TOMLNode(value: .string("李四"), location: at(7, 12)),
            TOMLNode(value: .string("赵六"), location: at(7, 18)),
            TOMLNode(value: .string("孙七"), location: at(7, 24)),
        ])
    }

    @Test("array of shifts with dates, times and a multi-line Chinese string")
    func shifts() throws {
        let root = try TOMLParser.parse(Self.config)
        let shift = try #require(root["shift"])
        #expect(shift.keyLocation == at(9, 3))
        let elements = try #require(shift.node.value.arrayValue)
        #expect(elements.map(\.location) == [at(9, 1), at(14, 1)])

        let first = try #require(elements[0].value.tableValue)
        #expect(first["date"]?.node == TOMLNode(
            value: .dateTime(TOMLDateTime(year: 2024, month: 3, day: 1)), location: at(10, 8)))
        #expect(first["start"]?.node == TOMLNode(
            value: .dateTime(TOMLDateTime(hour: 20, minute: 0, second: 0, nanosecond: 0)), location: at(11, 9)))
        #expect(first["who"]?.keyLocation == at(12, 1))

        let second = try #require(elements[1].value.tableValue)
        #expect(second.keys == ["date", "who", "note"])
        #expect(second["note"]?.node == TOMLNode(value: .string("交接班时请确认\n告警已处理"), location: at(17, 8)))
    }

    @Test("implicit parent table and values after Chinese characters")
    func notify() throws {
        let root = try TOMLParser.parse(Self.config)
        let notify = try #require(root["notify"])
        #expect(notify.keyLocation == at(21, 2))
        #expect(notify.node.location == at(21, 2))
        let email = try #require(notify.node.value.tableValue?["email"])
        #expect(email.keyLocation == at(21, 9))
        #expect(email.node.location == at(21, 1))

        #expect(root.node("notify", "email", "subject") == TOMLNode(value: .string("【告警】{服务}异常"), location: at(23, 11)))
        #expect(root.node("notify", "email", "retry", "interval") == TOMLNode(value: .string("5分钟"), location: at(24, 33)))
        let chinese = try #require(root.node("notify", "email", "中文键")?.value.tableValue)
        #expect(chinese.location == at(25, 9))
        #expect(chinese["子键"]?.keyLocation == at(25, 11))
        #expect(chinese["子键"]?.node == TOMLNode(value: .boolean(true), location: at(25, 18)))
    }

    @Test("an error after Chinese text points at the right column")
    func errorAfterChinese() {
        let error = parseError("title = \"夜间值班表\" x")
        #expect(error == TOMLSyntaxError(location: at(1, 17), message: "expected end of line after value, found 'x'"))
        #expect(error?.description == "1:17: expected end of line after value, found 'x'")
    }
}
