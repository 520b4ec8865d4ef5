import DutyCore
import DutyShell
import Foundation
import Testing

@Suite("People lists (通讯录) in [data] people: added to [[people]], with phones, roles and every mistake at its cell")
struct PeopleLoadingTests {
    /// The example configuration with `[data] people` and the roster `roster`; `files` are written beside dutyd.toml.
    static func configuration(people: [String], roster: String = "2026-national-day.csv", files: [String: String] = [:]) throws -> URL {
        let file = try RosterLoadingTests.configuration(rosters: [roster]) { rosters in
            let fixture = XLSXFileTests.fixtures.appending(path: roster)
            if FileManager.default.fileExists(atPath: fixture.path) {
                try FileManager.default.copyItem(at: fixture, to: rosters.appending(path: roster))
            }
            let directory = rosters.deletingLastPathComponent()
            for name in ["people.xlsx", "people.csv"] {
                try FileManager.default.copyItem(at: XLSXFileTests.fixtures.appending(path: name), to: directory.appending(path: name))
            }
            for (name, text) in files {
                try text.write(to: directory.appending(path: name), atomically: true, encoding: .utf8)
            }
        }
        let list = people.map { "\"\($0)\"" }.joined(separator: ", ")
        try String(contentsOf: file, encoding: .utf8).replacing("[data]\n", with: "[data]\npeople = [\(list)]\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("Calc's 通讯录 adds people after dutyd.toml's, mobile told from landline, roles joining the unit's contacts, and rosters find them")
    func adds() throws {
        let file = try Self.configuration(people: ["people.xlsx"], roster: "roster-people.xlsx")
        let configuration = try ConfigLoader().load(path: file.path, now: Date()).configuration
        #expect(configuration.people.count == 29)
        #expect(configuration.person("sy-wang") == Person(
            id: "sy-wang", name: "王强", phone: "13906332003", unit: "dg-sy", email: "wangq@example.cn", mobile: "13906332003"))
        #expect(configuration.person("zx-sun") == Person(id: "zx-sun", name: "孙丽", phone: "0633-2612346", unit: "ls-zx", mobile: nil))
        #expect(configuration.person("rz-wu")?.mobile == "13806330101", "[[people]] phones are told apart too")
        #expect(configuration.tree["dg-sy"]?.contacts[.safety]?.last == "sy-wang")
        #expect(configuration.tree["rz"]?.contacts[.head]?.contains("rz-liu") == true)
        #expect(configuration.tree["rz"]?.contacts[.dutyOffice]?.contains("rz-liu") == true)
        #expect(configuration.roster["dg-sy/2026-10-01T20:00"]?.dutyOfficer.name == "赵磊")
        #expect(configuration.roster["ls-zx/2026-10-01T08:00"]?.dutyOfficer.phone == "0633-2612346")
    }

    @Test("the same list as CSV loads the same people")
    func csv() throws {
        let fromCSV = try ConfigLoader().load(path: Self.configuration(people: ["people.csv"]).path, now: Date()).configuration
        let fromWorkbook = try ConfigLoader().load(path: Self.configuration(people: ["people.xlsx"]).path, now: Date()).configuration
        #expect(fromCSV.people == fromWorkbook.people)
    }

    @Test("a wrong list is refused whole, each mistake at its row and column; a second definition names the first")
    func mistakes() throws {
        let text = """
            编号,姓名,单位,手机,电话,角色
            rz-wu,吴志强,日照市教育局,13806330101,,
            sy-wang,王强,东港区实验小学,1.39063E+10,,安全员
            sy-zhao,赵磊,东港区实小,0633-8221235,,校医
            sy-zhao,赵磊,dg-sy,,,
            """
        let file = try Self.configuration(people: ["people.xlsx", "more.csv"], files: ["more.csv": text])
        let directory = file.deletingLastPathComponent().path
        let diagnostics = RosterLoadingTests.diagnostics(file)
        let line = try #require(try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == #"id = "rz-wu""# }) + 1
        #expect(diagnostics.count == 9, "\(diagnostics.joined(separator: "\n"))")
        #expect(diagnostics.contains("\(directory)/more.csv: row 2, column 1 (编号): person id \"rz-wu\" is already defined at \(file.path):\(line):6; each person is defined once"))
        #expect(diagnostics.contains("\(directory)/more.csv: row 3, column 1 (编号): person id \"sy-wang\" is already defined at \(directory)/people.xlsx: people!A2 (编号); each person is defined once"))
        #expect(diagnostics.contains { $0.hasPrefix("\(directory)/more.csv: row 3, column 4 (手机): \"1.39063E+10\" is a number Excel rewrote") })
        #expect(diagnostics.contains("\(directory)/more.csv: row 5, column 1 (编号): person id \"sy-zhao\" is already defined at \(directory)/people.xlsx: people!A3 (编号); each person is defined once"))
        #expect(diagnostics.contains("\(directory)/more.csv: row 4, column 3 (单位): no unit named \"东港区实小\" in dutyd's configuration; use a unit's name or id"))
        #expect(diagnostics.contains("\(directory)/more.csv: row 4, column 4 (手机): 0633-8221235 is a landline, not a mobile: SMS cannot reach it; put it in the \"电话\" column"))
        #expect(diagnostics.contains { $0.hasPrefix("\(directory)/more.csv: row 4, column 6 (角色): unknown role \"校医\"") })
        #expect(diagnostics.contains("\(directory)/more.csv: row 5, column 4 (手机): empty: each person needs a mobile or a phone number"))
    }
}
