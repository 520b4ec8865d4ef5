import Foundation
import Testing

/// dutyd's refusals of a bureau's files and values, as `dutyctl` says them in each language.
extension ChineseCLITests {
    /// A ledger with a mistake in each of its common cells: unit, risk, responsible person, deadline, status.
    static let badLedger = """
        序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况
        1,东港区第一幼儿园,厨房,灭火器过期,消防安全,很大,更换灭火器,朱莉,2026-13-45,整改完毕
        2,东港区第九幼儿园,门卫室,监控损坏,安防,一般,维修监控,朱丽,2026-10-30,整改中

        """

    /// A ledger that imports with a title row skipped, a title dropped from a name and (with --allow-unmatched) an unknown person kept.
    static let untidyLedger = """
        2026年秋季安全隐患整改台账,,,,,,,,,
        序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况
        1,东港区第一幼儿园,厨房,灭火器过期,消防安全,一般,更换灭火器,朱丽（园长）,2026-12-20,整改中
        2,东港区第一幼儿园,门卫室,监控损坏,安防,一般,维修监控,周燕,2026-12-20,未整改

        """

    /// English words left in a line once file names, ids, option names, TOML keys and quoted values are taken out;
    /// the allowed ones are names (Excel, IANA), TOML keys a sysadmin writes (id, name) and a parameter's name (for).
    static func englishWords(in line: String) -> [String] {
        var rest = line
        for pattern in [/“[^”]*”/, /"[^"]*"/, /\[\[?[a-z_.]+\]\]?/, /--[a-z-]+/, /\S*[\/_.@]\S*/, /\b[a-z]+(?:-[a-z0-9]+)+\b/] {
            rest = rest.replacing(pattern, with: " ")
        }
        let allowed: Set<String> = ["dutyctl", "dutyd", "Excel", "IANA", "id", "name", "phone", "unit", "for", "note", "method", "outcome"]
        return rest.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }.filter { !allowed.contains($0) }
    }

    /// Records every line of `output` that still has English words under zh_CN.
    static func expectChinese(_ output: String, _ what: String) {
        for line in output.split(separator: "\n").map(String.init) where !englishWords(in: line).isEmpty {
            Issue.record("\(what): English under zh_CN: \(englishWords(in: line)) in \(line)")
        }
    }

    @Test("ConfigInvalid, LedgerInvalid, import notices and warnings and InvalidValue read in Chinese under zh_CN, in English under C.UTF-8")
    func refusedFilesAndValues() throws {
        for (lang, chinese) in [("zh_CN.UTF-8", true), ("C.UTF-8", false)] {
            let daemon = try DaemonHarness()
            var environment = Self.environment(lang)
            environment["COLUMNS"] = "1000"
            let config = daemon.configFile.path, roster = daemon.directory.appending(path: "config/rosters/2026-national-day.csv")
            let original = try daemon.readConfig()
            try daemon.writeConfig(original
                .replacing("check_interval = \"1m\"", with: "check_intervl = \"1m\"")
                .replacing("time_zone = \"Asia/Shanghai\"", with: "time_zone = \"Asia/Beijing\""))
            let badConfig = try daemon.dutyctl(["reload"], environment: environment)
            try daemon.writeConfig(original)
            try String(contentsOf: roster, encoding: .utf8).replacing("逄仁霞,13806330102", with: "逄仁霞,1.38063E+10").write(to: roster, atomically: true, encoding: .utf8)
            let badRoster = try daemon.dutyctl(["reload"], environment: environment)
            let reload = badConfig.stderr + badRoster.stderr
            #expect(badConfig.status == 1 && badRoster.status == 1)
            let reloadLines = chinese
                ? [
                    "  \(config):8:13: 未知的时区“Asia/Beijing”：应为 IANA 时区名，如 \"Asia/Shanghai\"",
                    "  \(config):9:1: [daemon] 中有未知的键“check_intervl”；是否要写“check_interval”？",
                    "  \(roster.path): 第 2 行第 5 列（联系电话）: \"1.38063E+10\"是被 Excel 改写的数字（科学计数法或小数），不是电话号码：请把该列设为文本（设置单元格格式 → 文本），重新输入号码后保存",
                ]
                : [
                    "  \(config):8:13: unknown time zone \"Asia/Beijing\": expected an IANA zone name such as \"Asia/Shanghai\"",
                    "  \(config):9:1: unknown key \"check_intervl\" in [daemon]; did you mean \"check_interval\"?",
                    "  \(roster.path): row 2, column 5 (联系电话): \"1.38063E+10\" is a number Excel rewrote (scientific notation or decimals), not a phone: format the column as text (设置单元格格式 → 文本), type the numbers again and save",
                ]
            for line in reloadLines { #expect(reload.contains(line + "\n"), "\(lang) reload lacks\n\(line)\n\(reload)") }
            let checked = try run(Products.dutyd, ["--check-config", "--config", config], environment: environment)
            #expect(checked.status == 1 && checked.stderr.hasPrefix(String(reloadLines[2].dropFirst(2)) + "\n"), "\(lang): \(checked.stderr)")

            let ledger = daemon.directory.appending(path: "台账.csv")
            try Self.badLedger.write(to: ledger, atomically: true, encoding: .utf8)
            let refused = try daemon.dutyctl(["import", "ledger", ledger.path], environment: environment)
            #expect(refused.status == 1)
            let ledgerLines = chinese
                ? [
                    "dutyctl: 无法导入 \(ledger.path)，未做任何更改：",
                    "  \(ledger.path): 第 2 行第 6 列（风险等级）: 未知的风险等级\"很大\"：应为重大、较大、一般或低",
                    "  \(ledger.path): 第 2 行第 8 列（整改责任人）: \"朱莉\"不是已配置的人员；是否要写 朱丽 (yey-zhu, 东港区第一幼儿园)？（或用 --allow-unmatched 导入，此隐患的提醒将发给单位的安全员）",
                    "  \(ledger.path): 第 3 行第 2 列（学校/单位）: dutyd 配置中没有名为\"东港区第九幼儿园\"的单位；请填写单位名称或编号",
                ]
                : [
                    "dutyctl: cannot import \(ledger.path); nothing was changed:",
                    "  \(ledger.path): row 2, column 6 (风险等级): unknown risk level \"很大\": expected 重大, 较大, 一般 or 低",
                    "  \(ledger.path): row 3, column 2 (学校/单位): no unit named \"东港区第九幼儿园\" in dutyd's configuration; use a unit's name or id",
                ]
            for line in ledgerLines { #expect(refused.stderr.contains(line + "\n"), "\(lang) import lacks\n\(line)\n\(refused.stderr)") }
            #expect(refused.stderr.contains(chinese ? "整改时限\"2026-13-45\"无效" : "invalid deadline \"2026-13-45\""))
            #expect(refused.stderr.contains(chinese ? "未知的整改情况\"整改完毕\"" : "unknown status \"整改完毕\""))

            try Self.untidyLedger.write(to: ledger, atomically: true, encoding: .utf8)
            let imported = try daemon.dutyctl(["import", "ledger", ledger.path, "--allow-unmatched"], environment: environment)
            #expect(imported.status == 0, "\(imported.stderr)")
            let importLines = chinese
                ? [
                    "提示：\(ledger.path): 第 2 行: 第 2 行作为表头；其上的第 1 行（标题）已跳过",
                    "提示：\(ledger.path): 第 3 行第 8 列（整改责任人）: \"朱丽（园长）\"：姓名后的职务（园长）已去掉",
                ]
                : [
                    "notice: \(ledger.path): row 2: row 2 is taken as the header; row 1 above it (a title) skipped",
                    "notice: \(ledger.path): row 3, column 8 (整改责任人): \"朱丽（园长）\": the title （园长） was left out of the name",
                ]
            for line in importLines { #expect(imported.stdout.contains(line + "\n"), "\(lang) import lacks\n\(line)\n\(imported.stdout)") }
            #expect(imported.stdout.contains(chinese ? "警告：" : "warning: "))
            #expect(imported.stdout.contains(chinese ? "；已按原样导入（--allow-unmatched）：提醒发给单位的安全员" : "imported as written (--allow-unmatched)"))

            let value = try daemon.dutyctl(["ack", "1", "--for", "无此人"], environment: environment)
            #expect(value.status == 1)
            #expect(value.stderr.contains(chinese ? "没有编号或姓名为“无此人”的人员" : "no person has the id or name \"无此人\""), "\(lang): \(value.stderr)")
            let spotCheck = try daemon.dutyctl(["spotcheck", "dg-sy", "--note", "电话无人接听"], environment: environment)
            #expect(spotCheck.status != 0 && spotCheck.stderr.contains(chinese ? "note 用于记录人工抽查：请同时给出抽查结果" : "note records a spot check made by hand"), "\(lang): \(spotCheck.stderr)")
            let followUp = try daemon.dutyctl(["report", "follow-up", "I99", "--note", "x"], environment: environment)
            #expect(followUp.status != 0 && !followUp.stderr.isEmpty, "\(lang): \(followUp.stderr)")
            try daemon.writeConfig(original.replacing("rosters = [\"rosters/2026-national-day.csv\"]", with: "rosters = []"))
            let configured = daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv")
            try ("2026年秋季学校安全隐患排查整改台账,,,,,,,,,\n" + String(contentsOf: configured, encoding: .utf8)).write(to: configured, atomically: true, encoding: .utf8)
            let titled = try run(Products.dutyd, ["--check-config", "--config", config], environment: environment)
            let notice = chinese ? "提示：\(configured.path): 第 2 行: 第 2 行作为表头；其上的第 1 行（标题）已跳过" : "notice: \(configured.path): row 2: row 2 is taken as the header; row 1 above it (a title) skipped"
            #expect(titled.status == 0 && titled.stdout.contains(notice + "\n"), "\(lang): \(titled.stdout) \(titled.stderr)")
            if chinese {
                for (what, output) in [("reload", reload), ("import", refused.stderr), ("import", imported.stdout), ("ack --for", value.stderr), ("spotcheck", spotCheck.stderr), ("report follow-up", followUp.stderr)] {
                    Self.expectChinese(output, what)
                }
            }
        }
    }
}
