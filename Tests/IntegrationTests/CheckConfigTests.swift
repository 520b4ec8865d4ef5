import Foundation
import Testing

@Suite("dutyd --check-config")
struct CheckConfigTests {
    @Test("the bundled example passes and is summarised")
    func examplePasses() throws {
        let file = Products.exampleConfig.appending(path: "dutyd.toml").path
        let result = try run(Products.dutyd, ["--check-config", "--config", file])
        #expect(result.status == 0)
        #expect(result.stdout == "\(file): OK (11 units, 25 people, 4 channels, 10 policies, 1 roster files with 60 shifts, 7 holidays, 1 ledger files)\n")
    }

    @Test("a broken configuration prints every error as file:line:column and exits 1")
    func brokenFails() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-check-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "dutyd.toml")
        try """
            [daemon]
            check_interval = "2 hours"

            [data]
            rosters = ["missing.csv"]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try run(Products.dutyd, ["--check-config", "--config", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(file.path):1:1: no organisation units: add at least one [[units]] table")
        #expect(lines.contains("\(file.path):2:18: invalid duration \"2 hours\" for \"check_interval\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\""))
        #expect(lines.last == "\(file.path): \(lines.count - 1) error(s)")
    }

    @Test("a data file that cannot be read is reported where it is named")
    func missingDataFile() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-check-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Products.exampleConfig, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(at: directory.appending(path: "ledgers/2026-autumn-inspection.csv"))
        let file = directory.appending(path: "dutyd.toml").path
        let result = try run(Products.dutyd, ["--check-config", "--config", file])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file):16:12: cannot read ledger file \"ledgers/2026-autumn-inspection.csv\""))
    }

    @Test("under LANG=zh_CN the common mistakes are said in Chinese, at the same file:line:column and cell as in English")
    func chineseDiagnostics() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-check-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Products.exampleConfig, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "dutyd.toml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let config = original
            .replacingOccurrences(of: "check_interval = \"1m\"", with: "check_intervl = \"1m\"")
            .replacingOccurrences(of: "id = \"rz\"\nname = \"日照市教育局\"\nkind = \"city\"\nparent = \"sd\"", with: "id = \"rz\"\nname = \"日照市教育局\"\nkind = \"city\"\nparent = \"sdx\"")
            .replacingOccurrences(of: "id = \"rz-ls\"", with: "id = \"rz-dg\"")
        try config.write(to: file, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "LC_MESSAGES")
        /// The check's output under `LANG=lang`.
        func check(_ lang: String) throws -> CommandResult {
            environment["LANG"] = lang
            return try run(Products.dutyd, ["--check-config", "--config", file.path], environment: environment)
        }
        let english = try check("C.UTF-8")
        let chinese = try check("zh_CN.UTF-8")
        #expect(english.status == 1 && chinese.status == 1)
        let englishLines = english.stderr.split(separator: "\n").map(String.init)
        let chineseLines = chinese.stderr.split(separator: "\n").map(String.init)
        #expect(englishLines.count == chineseLines.count, "\(english.stderr)\n\(chinese.stderr)")
        for expected in [
            "unknown key \"check_intervl\" in [daemon]; did you mean \"check_interval\"?", "unknown parent \"sdx\" of unit \"rz\"",
            "duplicate unit id \"rz-dg\" (first defined at line 73)", "dutyd.toml: 9 error(s)",
        ] {
            #expect(english.stderr.contains(expected), "\(expected):\n\(english.stderr)")
        }
        for expected in [
            "[daemon] 中有未知的键“check_intervl”；是否要写“check_interval”？", "单位“rz”的上级“sdx”不存在", "单位编号“rz-dg”重复（首次定义在第 73 行）",
            "dutyd.toml: 9 处错误",
        ] {
            #expect(chinese.stderr.contains(expected), "\(expected):\n\(chinese.stderr)")
        }
        for (englishLine, chineseLine) in zip(englishLines, chineseLines) where englishLine.contains(".toml:") {
            #expect(englishLine.split(separator: " ").first == chineseLine.split(separator: " ").first, "\(englishLine) / \(chineseLine)")
        }
        try original.write(to: file, atomically: true, encoding: .utf8)
        let roster = directory.appending(path: "rosters/2026-national-day.csv")
        let rows = try String(contentsOf: roster, encoding: .utf8).replacingOccurrences(of: "2026-09-30,20:00-08:00,逄仁霞", with: "2026-09-30,20:00-08:00,逄仁霞霞霞")
        try rows.write(to: roster, atomically: true, encoding: .utf8)
        #expect(try check("C.UTF-8").stderr.contains("2026-national-day.csv: row 2, column 4 (值班人员): "))
        #expect(try check("zh_CN.UTF-8").stderr.contains("2026-national-day.csv: 第 2 行第 4 列（值班人员）: "))
    }
}
