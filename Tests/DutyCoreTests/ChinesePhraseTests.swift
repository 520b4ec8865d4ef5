import DutyCore
import DutyPhrases
import Foundation
import Testing

@Suite("Refusals and configuration diagnostics in Chinese, from stable codes")
struct ChinesePhraseTests {
    @Test("every refusal of the core has a code the phrasebook says in Chinese, and keeps its English")
    func refusals() {
        let refusals: [(Phrase, String, String)] = [
            (DutyCommandError.notCurrent("s-7", opens: "10-01 07:30", ends: "10-01 20:00").phrase, "shift s-7 is open for check-in from 10-01 07:30 until 10-01 20:00 only", "班次 s-7 只能在 10-01 07:30 至 10-01 20:00 之间签到"),
            (DutyCommandError.notTheDutyOfficer(shift: "s-7", person: "陈静", officer: "王强").phrase, "陈静 is not the duty officer of shift s-7 (王强 is)", "陈静 不是班次 s-7 的值班人员（值班人员是 王强）"),
            (DutyCommandError.spotCheckOpen(shift: "s-7", id: 3).phrase, "spot check 3 of shift s-7 is still open", "班次 s-7 的抽查 3 尚未结束"),
            (DutyCommandError.noShiftNow(unit: "dg-sy", person: nil).phrase, "no shift at dg-sy is open for check-in now", "dg-sy 现在没有可签到的班次"),
            (HazardCommandError.invalidTransition("dg-sy-1", status: .closed, action: .verified).phrase, "hazard dg-sy-1 is closed (已销号); it cannot be verified now", "隐患 dg-sy-1 当前为已销号，现在不能验收"),
            (HazardCommandError.missingText(Phrase("hazard.text.approver")).phrase, "who approved the extension must not be empty", "延期批准人不能为空"),
            (AlertCommandError.alreadyResolved(4).phrase, "alert 4 is already resolved", "告警 4 已经解决过了"),
        ]
        for (phrase, english, chinese) in refusals {
            #expect(Phrasebook.entries[phrase.code] != nil)
            #expect(phrase.english == english)
            #expect(phrase.chinese == chinese)
        }
    }

    @Test("every code has both sentences, and an argument that itself holds {1} is put in as written")
    func phrasebook() {
        for (code, entry) in Phrasebook.entries {
            #expect(!entry.english.isEmpty && !entry.chinese.isEmpty, "\(code)")
        }
        #expect(Phrase("hazard.notFound", "{1}").chinese == "没有编号为“{1}”的隐患")
        #expect(Phrase("no.such.code", "x").chinese == "no.such.code [\"x\"]")
    }

    @Test("a configuration's unknown key, wrong type and duplicate id read in Chinese at the same position")
    func configurationDiagnostics() {
        let text = ConfigFixtures.text(prefix: "[daemon]\ntim_zone = \"Asia/Shanghai\"\ncheck_interval = 5\n\n")
        let diagnostics: [ConfigDiagnostic]
        do {
            _ = try ConfigDecoder.decode(text, file: "dutyd.toml")
            Issue.record("the configuration passed")
            return
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.map { $0.text(chinese: false) } == [
            "dutyd.toml:2:1: unknown key \"tim_zone\" in [daemon]; did you mean \"time_zone\"?",
            "dutyd.toml:3:18: \"check_interval\" in [daemon] must be a duration string such as \"30m\", \"2h\" or \"1d\", not integer",
        ])
        #expect(diagnostics.map { $0.text(chinese: true) } == [
            "dutyd.toml:2:1: [daemon] 中有未知的键“tim_zone”；是否要写“time_zone”？",
            "dutyd.toml:3:18: [daemon] 中的“check_interval”应为时长字符串，如 \"30m\"、\"2h\" 或 \"1d\"，而不是整数",
        ])
    }

    @Test("an unknown escalation role and a bad time zone read in Chinese, with the same English as before")
    func policyDiagnostics() {
        let policies = ConfigFixtures.policies.replacing("{ role = \"duty_office\", up = 1", with: "{ role = \"duty_offce\", up = 1")
        let text = ConfigFixtures.text(prefix: "[daemon]\ntime_zone = \"Asia/Beijing\"\n\n", policies: policies)
        do {
            _ = try ConfigDecoder.decode(text, file: "dutyd.toml")
            Issue.record("the configuration passed")
        } catch {
            let chinese = error.diagnostics.map { $0.text(chinese: true) }
            #expect(chinese.contains("dutyd.toml:2:13: 未知的时区“Asia/Beijing”：应为 IANA 时区名，如 \"Asia/Shanghai\""), "\(chinese)")
            #expect(chinese.contains { $0.contains("未知的角色“duty_offce”：应为 \"responsible\"、") }, "\(chinese)")
            #expect(error.diagnostics.allSatisfy { $0.phrase != nil && $0.text(chinese: false) == $0.description }, "\(error.diagnostics)")
            #expect(error.diagnostics.contains { $0.message.hasPrefix("unknown role \"duty_offce\": expected one of \"responsible\", ") })
        }
    }

    @Test("a spreadsheet cell is placed as 第 7 行第 3 列 in Chinese, a worksheet cell as Sheet1!C7 in both")
    func spreadsheetPlaces() {
        let csv = ConfigDiagnostic(CSVProblem(file: "roster.csv", row: 7, column: 3, columnName: "值班人员", message: "no person"))
        #expect(csv.text(chinese: false) == "roster.csv: row 7, column 3 (值班人员): no person")
        #expect(csv.text(chinese: true) == "roster.csv: 第 7 行第 3 列（值班人员）: no person")
        let sheet = ConfigDiagnostic(CSVProblem(file: "roster.xlsx", row: 7, column: 3, columnName: "值班人员", message: "no person", sheet: "Sheet1"))
        #expect(sheet.text(chinese: true) == "roster.xlsx: Sheet1!C7（值班人员）: no person")
    }
}
