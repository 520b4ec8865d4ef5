import Foundation
import Testing

@Suite("dutyd --check-config")
struct CheckConfigTests {
    @Test("the bundled example passes and is summarised")
    func examplePasses() throws {
        let file = Products.exampleConfig.appending(path: "dutyd.toml").path
        let result = try run(Products.dutyd, ["--check-config", "--config", file])
        #expect(result.status == 0)
        #expect(result.stdout == "\(file): OK (11 units, 25 people, 4 channels, 8 policies, 1 roster files with 60 shifts, 7 holidays, 1 ledger files)\n")
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
}
