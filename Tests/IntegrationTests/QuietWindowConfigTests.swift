import Foundation
import Testing

/// `[[quiet_windows]]` and the incident reporting keys through the real `dutyd --check-config`.
@Suite("dutyd --check-config: quiet windows and incident reporting keys")
struct QuietWindowConfigTests {
    @Test("a bad quiet window and a misplaced mandatory_upward are each reported at file:line:column, exit 1")
    func rejected() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-quiet-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Products.exampleConfig, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "dutyd.toml")
        let example = try String(contentsOf: file, encoding: .utf8)
        let marker = "kind = \"missed_checkin\""
        let broken = """
            [[quiet_windows]]
            unit = "dg-sy"
            name = "中考"
            hours = "25:00-11:30"

            """ + example.replacingOccurrences(of: marker, with: marker + "\nmandatory_upward = true")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let result = try run(Products.dutyd, ["--check-config", "--config", file.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path):4:9: \"hours\" must be two different times of day such as \"12:00-14:00\" or \"22:00-07:00\", not \"25:00-11:30\""))
        #expect(lines.contains { $0.hasPrefix(file.path + ":") && $0.hasSuffix(": \"mandatory_upward\" applies only to incident policies, not \"missed_checkin\"; remove it") })
        #expect(lines.last?.hasSuffix(" error(s)") == true)
    }
}
