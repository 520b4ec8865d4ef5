import DutyProtocol
import DutyTerminal
import Foundation
import Testing

/// One `dutyctl` call of a duty office's day, and what its output shows in each language.
struct CLIStep {
    var arguments: [String]
    var status: Int32 = 0
    var chinese: [String] = []
    var english: [String] = []
    /// Whether standard output must fit 80 columns: tables and sentences, not help or CSV. (Errors
    /// on standard error stay one line each, whole, so that they can be searched.)
    var fits = true
}

@Suite("dutyctl in Chinese under zh_CN, English otherwise, in 80 columns")
struct ChineseCLITests {
    /// The environment of a bureau server's shell in `lang`, output not a terminal, no `COLUMNS`.
    static func environment(_ lang: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "COLUMNS"] { environment.removeValue(forKey: name) }
        environment["LANG"] = lang
        return environment
    }

    /// Every verb, in the order a duty office uses them on the day of an incident.
    static func day(ledger: String) -> [CLIStep] {
        [
            CLIStep(arguments: ["status"], chinese: ["服务", "状态数据库", "未结束告警", "下次检查"], english: ["daemon", "state ", "open alerts", "next check"]),
            CLIStep(arguments: ["units"], chinese: ["单位", "编号", "  东港区教育和体育局", "dg-sy", "学校"], english: ["UNIT", "ID", "KIND", "school"]),
            CLIStep(
                arguments: ["report", "--unit", "东港区实验小学", "--summary", "食堂疑似食物中毒，多名学生出现呕吐腹泻症状，已送医观察", "--severity", "较大"],
                chinese: ["突发事件", "严重程度  较大", "第 0 级"], english: ["incident", "severity  high", "level 0"]),
            CLIStep(arguments: ["report", "follow-up", "I1", "--note", "3 名学生已出院"], chinese: ["突发事件 I1 已续报"], english: ["incident I1 followed up"]),
            CLIStep(arguments: ["report", "pass-up", "I1"], chinese: ["已上报至第 1 级"], english: ["passed up to level 1"]),
            CLIStep(arguments: ["import", "ledger", ledger], chinese: ["新增", "未变"], english: ["added", "unchanged"]),
            CLIStep(arguments: ["alerts"], chinese: ["编号", "状态", "摘要", "下次升级", "告警"], english: ["ID", "STATE", "SUMMARY", "NEXT ESCALATION", "triggered"]),
            CLIStep(arguments: ["alerts", "--state", "告警", "--kind", "突发事件", "--unit", "东港区教育和体育局"], chinese: ["东港区实验小学"], english: ["东港区实验小学"]),
            CLIStep(arguments: ["show", "1"], chinese: ["类型", "突发事件，风险较大", "历史", "发出"], english: ["kind", "incident, risk high", "history", "raised"]),
            CLIStep(arguments: ["ack", "1", "--note", "已通知校医和食堂负责人到场"], chinese: ["告警 1 已确认"], english: ["alert 1 acknowledged"]),
            CLIStep(arguments: ["ack", "1"], status: 1, chinese: ["告警 1 已由", "确认；请解决它"], english: ["alert 1 is already acknowledged by"]),
            CLIStep(arguments: ["alerts", "--state", "已确认"], chinese: ["已确认"], english: ["acknowledged"]),
            CLIStep(arguments: ["resolve", "1"], chinese: ["告警 1 已解决"], english: ["alert 1 resolved"]),
            CLIStep(arguments: ["audit", "verify"], chinese: ["历史记录完整"], english: ["history intact"]),
            CLIStep(arguments: ["oncall", "东港区实验小学"], chinese: ["值班人员", "带班领导", "陈静"], english: ["DUTY OFFICER", "LEADER ON DUTY", "陈静"]),
            CLIStep(arguments: ["roster", "--unit", "东港区教育和体育局"], chinese: ["单位", "开始", "值班人员"], english: ["UNIT", "START", "DUTY OFFICER"]),
            CLIStep(
                arguments: ["roster", "hours", "--from", RosterTests.local(Date()).day, "--to", RosterTests.local(Date().addingTimeInterval(86_400)).day],
                chinese: ["人员", "角色", "班次", "夜间", "节假日", "陈静"], english: ["PERSON", "ROLE", "SHIFTS", "NIGHT", "HOLIDAY", "陈静"]),
            CLIStep(arguments: ["roster", "--gaps"], status: 1, chinese: ["类型", "班次重叠"], english: ["KIND", "overlap"]),
            CLIStep(arguments: ["checkin", "--unit", "东港区实验小学", "--person", "陈静"], chinese: ["班次", "值班人员", "签到"], english: ["shift", "duty officer", "checked in"]),
            CLIStep(arguments: ["spotcheck", "东港区实验小学"], chinese: ["抽查", "确认时限"], english: ["spot check", "confirm by"]),
            CLIStep(arguments: ["spotcheck", "东港区实验小学"], status: 1, chinese: ["的抽查", "尚未结束"], english: ["is still open"]),
            CLIStep(arguments: ["hazards"], chinese: ["编号", "风险", "状态", "整改时限", "整改中"], english: ["ID", "RISK", "STATUS", "DEADLINE"]),
            CLIStep(arguments: ["hazards", "--status", "整改中", "--risk", "一般"], chinese: ["dg-yey-2"], english: ["dg-yey-2"]),
            CLIStep(arguments: ["hazard", "show", "dg-sz-3"], chinese: ["隐患", "整改措施", "历史", "导入"], english: ["hazard", "measure", "history", "imported"]),
            CLIStep(arguments: ["hazard", "progress", "ls-ez-4", "--note", "应急照明灯已采购，待安装"], chinese: ["已记录整改进展"], english: ["progress recorded"]),
            CLIStep(arguments: ["hazard", "rectified", "ls-ez-4"], chinese: ["待他人验收"], english: ["awaits verification"]),
            CLIStep(arguments: ["hazard", "verify", "ls-ez-4"], status: 1, chinese: ["隐患 ls-ez-4 由", "须由他人验收"], english: ["someone else must verify it"]),
            CLIStep(arguments: ["hazard", "reopen", "ls-ez-4", "--reason", "复查发现仍有两盏不亮"], chinese: ["已退回"], english: ["reopened"]),
            CLIStep(
                arguments: ["hazard", "extend", "ls-ez-4", "--until", "2027-01-31", "--reason", "到货延迟", "--approved-by", "何永刚"],
                chinese: ["整改时限已延至"], english: ["deadline extended"]),
            CLIStep(
                arguments: ["hazard", "extend", "ls-ez-4", "--until", "2027-01-01", "--reason", "再延", "--approved-by", "何永刚"], status: 1,
                chinese: ["隐患 ls-ez-4 的新整改时限必须晚于当前时限"], english: ["must be later than the current one"]),
            CLIStep(arguments: ["resolve", "1"], status: 1, chinese: ["告警 1 已经解决过了"], english: ["alert 1 is already resolved"]),
            CLIStep(arguments: ["hazards", "--export", "csv"], chinese: ["整改责任人"], english: ["整改责任人"], fits: false),
            CLIStep(arguments: ["summary", "东港区教育和体育局"], chinese: ["统计期间", "合计", "重大", "逾期"], english: ["period", "TOTAL", "OVERDUE"]),
            CLIStep(arguments: ["outbox", "--state", "全部"], chinese: ["编号", "状态", "接收人"], english: ["ID", "STATE", "RECIPIENT"]),
            CLIStep(arguments: ["outbox", "retry", "999"], status: 1, chinese: ["没有编号为 999 的已放弃通知"], english: ["no dead notification has id 999"]),
            CLIStep(arguments: ["notify", "test", "journal"], chinese: ["测试消息已通过 journal 发给"], english: ["test message to"]),
            CLIStep(arguments: ["reload"], chinese: ["配置已于", "个单位"], english: ["configuration reloaded at", "units"]),
            CLIStep(arguments: ["oncall", "东港区"], status: 1, chinese: ["未配置单位“东港区”", "是否要找", "东港区实验小学 (dg-sy)"], english: ["no unit \"东港区\"", "did you mean"]),
            CLIStep(arguments: ["--help"], chinese: ["查询和控制 dutyd", "退出状态", "显示组织机构树"], english: ["Query and control dutyd", "Exit status"], fits: false),
            CLIStep(arguments: ["help", "report"], chinese: ["报告单位突发事件", "--unit dg-sy"], english: ["Report an incident", "--unit dg-sy"], fits: false),
        ]
    }

    @Test("every verb against the real dutyd under LANG=zh_CN.UTF-8 and LANG=C.UTF-8: its language, and no line over 80 columns")
    func everyVerb() throws {
        let (roster, _) = RosterTests.roster()
        let rosterFile = try RosterTests.scratchFile("roster.csv")
        try roster.write(to: rosterFile, atomically: true, encoding: .utf8)
        for (lang, chinese) in [("zh_CN.UTF-8", true), ("C.UTF-8", false)] {
            let daemon = try DaemonHarness(configure: RosterTests.configure(rosterPath: rosterFile.path))
            let environment = Self.environment(lang)
            let watch = try WatchProcess(daemon, ["watch"], environment: environment)
            usleep(300_000)
            for step in Self.day(ledger: daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path) {
                let result = try daemon.dutyctl(step.arguments, environment: environment)
                let output = result.stdout + result.stderr
                #expect(result.status == step.status, "\(lang) \(step.arguments): \(output)")
                for expected in chinese ? step.chinese : step.english {
                    #expect(output.contains(expected), "\(lang) \(step.arguments) lacks \(expected):\n\(output)")
                }
                guard step.fits else { continue }
                let lines = result.stdout.split(separator: "\n").map(String.init)
                for line in lines where DisplayWidth.of(line) > 80 {
                    Issue.record("\(lang) \(step.arguments): \(DisplayWidth.of(line)) columns: \(line)")
                }
                if chinese, let header = lines.first(where: { $0.contains(/\b[A-Z]{3,}\b/) }) {
                    Issue.record("\(step.arguments) has an English word under zh_CN: \(header)")
                }
            }
            let wide = try daemon.dutyctl(["alerts", "--state", "all", "--wide"], environment: environment).stdout
            #expect(wide.contains(chinese ? "级别" : "LEVEL") && wide.contains(chinese ? "风险" : "RISK"))
            #expect(wide.split(separator: "\n").contains { DisplayWidth.of(String($0)) > 80 }, "--wide shows every column however wide")
            #expect(eventually(within: 5) { watch.output().contains(chinese ? "#1 确认 L1/2" : "#1 acknowledged L1/2") }, "\(watch.output())")
        }
    }

    @Test("--json keeps the interface's English values under zh_CN, and Chinese option words mean the same values")
    func jsonStaysEnglish() throws {
        let daemon = try DaemonHarness()
        let chinese = Self.environment("zh_CN.UTF-8")
        #expect(try daemon.dutyctl(["report", "--unit", "东港区实验小学", "--summary", "配电箱冒烟", "--severity", "重大"], environment: chinese).status == 0)
        #expect(try daemon.dutyctl(["ack", "1"], environment: chinese).status == 0)
        let listed = try daemon.dutyctl(["alerts", "--state", "已确认", "--json"], environment: chinese)
        let alerts = try JSONDecoder().decode(AlertsReply.self, from: Data(listed.stdout.utf8)).alerts
        #expect(alerts.map(\.state) == ["acknowledged"] && alerts.map(\.kind) == ["incident"] && alerts.map(\.risk) == ["major"])
        #expect(alerts.first?.unit == "dg-sy")
        #expect(listed.stdout.contains("\"state\"") && !listed.stdout.contains("已确认"))
        let units = try JSONDecoder().decode(UnitsReply.self, from: Data(try daemon.dutyctl(["units", "--json"], environment: chinese).stdout.utf8))
        #expect(units.units.prefix(3).map(\.id) == ["sd", "rz", "rz-dg"] && units.units.prefix(3).map(\.depth) == [0, 1, 2])
        #expect(units.units.first { $0.id == "dg-sy" }?.kind == "school")
    }

    @Test("a refused reload is a sentence, in Chinese under zh_CN, followed by each error's position")
    func reloadRefused() throws {
        let daemon = try DaemonHarness()
        try daemon.writeConfig(try daemon.readConfig().replacingOccurrences(of: "parent = \"rz-dg\"\ncontacts = { head = [\"sy-liu\"]", with: "parent = \"rz-xx\"\ncontacts = { head = [\"sy-liu\"]"))
        let refused = try daemon.dutyctl(["reload"], environment: Self.environment("zh_CN.UTF-8"))
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("dutyctl: 配置文件有 "), "\(refused.stderr)")
        #expect(refused.stderr.contains(" 处错误，未加载；原配置继续有效：\n  "), "\(refused.stderr)")
        #expect(refused.stderr.contains("/config/dutyd.toml:97:10: 单位“dg-sy”的上级“rz-xx”不存在：没有编号为它的 [[units]] 条目\n"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("io.dutyd.ConfigInvalid"))
    }

    @Test("a unit is named by id or name, spaces inside the name ignored; a name two units share needs the id")
    func unitNames() throws {
        let daemon = try DaemonHarness { $0.replacingOccurrences(of: "name = \"岚山区虎山镇中学\"", with: "name = \"东港区实验小学\"") }
        let english = Self.environment("C.UTF-8")
        let byID = try daemon.decode(UnitsReply.self, ["units", "--json"])
        #expect(byID.units.filter { $0.name == "东港区实验小学" }.map(\.id) == ["dg-sy", "ls-hf"])
        let shared = try daemon.dutyctl(["summary", "东港区实验小学"], environment: english)
        #expect(shared.status == 1)
        #expect(shared.stderr == "dutyctl: \"东港区实验小学\" is the name of several units; give one of their ids: dg-sy, ls-hf\n")
        let spaced = try daemon.dutyctl(["summary", "东港区 第三中学", "--json"], environment: english)
        #expect(try JSONDecoder().decode(SummaryReply.self, from: Data(spaced.stdout.utf8)).units.map(\.unit) == ["dg-sz"])
    }
}
