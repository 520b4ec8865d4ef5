import DutyTerminal
import Testing

@Suite("Messages in the user's language")
struct MessageCatalogueTests {
    @Test("a zh locale means Chinese, by LC_ALL, then LC_MESSAGES, then LANG", arguments: [
        (["LANG": "zh_CN.UTF-8"], MessageLanguage.chinese),
        (["LANG": "C.UTF-8"], .english),
        ([:], .english),
        (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .english),
        (["LC_ALL": "", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], .chinese),
        (["LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.GB18030"], .english),
    ])
    func language(environment: [String: String], expected: MessageLanguage) {
        #expect(MessageLanguage(environment: environment) == expected)
    }

    @Test("templates are translated, then filled; a missing translation stays English")
    func templates() {
        let chinese = ["alert {0} acknowledged by {1}": "告警 {0} 已由 {1} 确认", "STATE": "状态"]
        let zh = MessageCatalogue(language: .chinese, chinese: chinese)
        let en = MessageCatalogue(language: .english, chinese: chinese)
        #expect(zh("alert {0} acknowledged by {1}", "17", "root") == "告警 17 已由 root 确认")
        #expect(en("alert {0} acknowledged by {1}", "17", "root") == "alert 17 acknowledged by root")
        #expect(zh("STATE") == "状态" && en("STATE") == "STATE")
        #expect(zh("LEVEL") == "LEVEL")
        #expect(en("{0}{1}", "{1}", "x") == "{1}x")
        #expect(en("a {2} b {x} {", "y") == "a {2} b {x} {")
        let contexts = MessageCatalogue(language: .chinese, chinese: ["state": "状态", "database|state": "状态数据库"])
        #expect(contexts("state", context: "database") == "状态数据库" && contexts("state") == "状态")
        #expect(contexts("time zone", context: "database") == "time zone")
    }

    @Test("words show in Chinese and are accepted as arguments in either language")
    func words() {
        let states = WordTable([.init("triggered", "告警"), .init("acknowledged", "已确认", aliases: ["确认"])])
        #expect(states.display("acknowledged", in: .chinese) == "已确认")
        #expect(states.display("acknowledged", in: .english) == "acknowledged")
        #expect(states.display("unknown", in: .chinese) == "unknown")
        #expect(states.value(for: "已确认") == "acknowledged")
        #expect(states.value(for: "确认") == "acknowledged")
        #expect(states.value(for: "triggered") == "triggered")
        #expect(states.value(for: "solved") == nil)
    }

    @Test("relative times in Chinese")
    func relativeTimes() {
        #expect(RelativeTime.hint(seconds: 7_200, language: .chinese) == "2小时后")
        #expect(RelativeTime.hint(seconds: -97_200, deadline: true, language: .chinese) == "逾期1天3小时")
        #expect(RelativeTime.hint(seconds: -300, language: .chinese) == "5分钟前")
        #expect(RelativeTime.hint(seconds: 30, language: .chinese) == "现在")
    }
}
