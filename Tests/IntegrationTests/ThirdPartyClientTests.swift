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
        let script = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Scripts/third_party_client.py").path
        let arguments = python.path == "/usr/bin/env" ? ["python3", script, daemon.socket, "1"] : [script, daemon.socket, "1"]
        let result = try run(python, arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map(String.init) == [
            "interfaces ['org.varlink.service', 'io.dutyd']",
            "description 48",
            "Status 11 1",
            "Alerts [1]",
            "ShowAlert 实验室漏水 ['raised']",
            "AuditVerify 1 True",
            "Watch subscribed None",
        ])
    }
}
