import DutyCore
import DutyShell
import Foundation
import Testing

@Suite("Loading rosters and calendars with the configuration")
struct RosterLoadingTests {
    /// A copy of the example configuration whose `[data] rosters` are `rosters`, written by `write`.
    static func configuration(rosters: [String], _ write: (URL) throws -> Void) throws -> URL {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-load-\(UUID().uuidString.prefix(8))")
        let example = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config").standardized
        try FileManager.default.copyItem(at: example, to: directory)
        let file = directory.appending(path: "dutyd.toml")
        let list = rosters.map { "\"rosters/\($0)\"" }.joined(separator: ", ")
        try String(contentsOf: file, encoding: .utf8)
            .replacing("rosters = [\"rosters/2026-national-day.csv\"]", with: "rosters = [\(list)]")
            .write(to: file, atomically: true, encoding: .utf8)
        try write(directory.appending(path: "rosters"))
        return file
    }

    static func diagnostics(_ file: URL) -> [String] {
        do {
            _ = try ConfigLoader().load(path: file.path, now: Date())
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("the example's calendar and 国庆 roster load into the configuration")
    func example() throws {
        let file = try Self.configuration(rosters: ["2026-national-day.csv"]) { _ in }
        let configuration = try ConfigLoader().load(path: file.path, now: Date()).configuration
        #expect(configuration.calendar.periods.count == 7)
        #expect(configuration.roster.shifts.count == 60)
        #expect(configuration.roster["dg-sy/2026-10-01T20:00"]?.leaderOnDuty?.name == "刘洋")
    }

    @Test("a TOML roster loads beside a CSV one; a shift in two files, a UTF-16 file and a broken TOML roster are each reported")
    func problemsAcrossFiles() throws {
        let file = try Self.configuration(rosters: ["2026-national-day.csv", "extra.toml", "copy.csv", "unicode.csv", "broken.toml"]) { rosters in
            try """
                [[shifts]]
                unit = "rz-yz"
                start = 2026-10-01T08:00:00
                end = 2026-10-02T08:00:00
                duty_officer = "王芳"
                leader_on_duty = "张伟"
                """.write(to: rosters.appending(path: "extra.toml"), atomically: true, encoding: .utf8)
            try "单位,日期,起止时间,值班人员,带班领导\n东港区实验小学,2026-10-01,08:00-20:00,陈静,刘洋\n"
                .write(to: rosters.appending(path: "copy.csv"), atomically: true, encoding: .utf8)
            try Data([0xFF, 0xFE, 0x41, 0x00]).write(to: rosters.appending(path: "unicode.csv"))
            try "[[shifts]]\nunit = \"rz-yz\"\nstart = 2026-10-01T08:00:00\n".write(to: rosters.appending(path: "broken.toml"), atomically: true, encoding: .utf8)
        }
        let rosters = file.deletingLastPathComponent().appending(path: "rosters").path
        #expect(Self.diagnostics(file) == [
            "\(rosters)/broken.toml:1:1: missing key \"end\" in [[shifts]] entry 1; expected a local date-time such as 2026-10-01T08:00:00 (without quotes)",
            "\(rosters)/broken.toml:1:1: missing key \"duty_officer\" in [[shifts]] entry 1; expected the duty officer's person id or name",
            "\(rosters)/copy.csv: row 2: shift dg-sy/2026-10-01T08:00 is also in \(rosters)/2026-national-day.csv, row 34; a unit has one shift per start time",
            "\(rosters)/unicode.csv: byte 0 (line 1): the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or \"CSV\"",
        ])
    }
}
