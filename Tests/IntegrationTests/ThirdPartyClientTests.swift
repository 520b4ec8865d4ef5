import Foundation
import Testing

@Suite("A third-party Varlink client")
struct ThirdPartyClientTests {
    /// A python3 that can `import varlink`: `$DUTYD_PYTHON`, else `python3` on the PATH.
    static func python() throws -> URL? {
        let candidate = ProcessInfo.processInfo.environment["DUTYD_PYTHON"] ?? "/usr/bin/env"
        let arguments = candidate == "/usr/bin/env" ? ["python3", "-c", "import varlink"] : ["-c", "import varlink"]
        return try run(URL(filePath: candidate), arguments).status == 0 ? URL(filePath: candidate) : nil
    }

    @Test("the PyPI varlink package introspects the interface and calls every read method")
    func pythonVarlink() throws {
        guard let python = try Self.python() else {
            Issue.record("no python3 with the varlink package: python3 -m venv .build-venv && .build-venv/bin/pip install varlink, then DUTYD_PYTHON=.build-venv/bin/python (.ci/run does this)")
            return
        }
        let daemon = try DaemonHarness()
        #expect(try daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        #expect(try daemon.dutyctl(["import", "ledger", daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path]).status == 0)
        let script = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Scripts/third_party_client.py").path
        let arguments = python.path == "/usr/bin/env" ? ["python3", script, daemon.socket, "1", "dg-sz-3"] : [script, daemon.socket, "1", "dg-sz-3"]
        let result = try run(python, arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map(String.init) == [
            "interfaces ['org.varlink.service', 'io.dutyd']",
            "description 55",
            "Status 11 5",
            "Alerts [5, 4, 3, 2, 1]",
            "ShowAlert 实验室漏水 ['raised']",
            "AuditVerify 11 True",
            "Outbox ['journal', 'sms']",
            "OnCall [('陈静', '刘洋')]",
            "Roster 3 0",
            "Hazards ['dg-sz-3', 'dg-yey-2']",
            "ExportLedger 4",
            "ShowHazard major ['imported']",
            "Summary [('rz-dg', 3), ('dg-sy', 0), ('dg-sz', 1), ('dg-yey', 2)]",
            "Watch subscribed None",
        ])
    }
}
