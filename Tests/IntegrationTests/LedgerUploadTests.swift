import DutyProtocol
import Foundation
import Testing

/// Issue 14 item 3: `ImportLedger` was a confused deputy that opened any path it was given with
/// the daemon's rights. Now `dutyctl` opens the file with the caller's rights and passes it.
@Suite("Ledger files are opened by the caller, never by the daemon")
struct LedgerUploadTests {
    @Test("a path given to ImportLedger is refused as an unknown parameter, the same whether the file is secret, exists or is missing")
    func pathRefused() throws {
        let daemon = try DaemonHarness()
        let secret = daemon.directory.appending(path: "secret.txt")
        try "机密第一行 do-not-leak\n".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600, .ownerAccountName: "nobody"], ofItemAtPath: secret.path)
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let paths = ["/root/.profile", secret.path, "/root/.ssh/id_rsa", daemon.directory.appending(path: "nowhere.csv").path]
        for path in paths {
            for parameters in [#"{"path":"\#(path)"}"#, #"{"name":"台账.csv","path":"\#(path)"}"#, #"{"name":"\#(path)"}"#] {
                let reply = try connection.call(#"{"method":"io.dutyd.ImportLedger","parameters":\#(parameters)}"#)
                #expect(reply?["error"] == .string("org.varlink.service.InvalidParameter"), "\(parameters): \(String(describing: reply))")
                let named = parameters.contains("\"path\"") ? "path" : "file"
                #expect(reply?.objectParameters == ["parameter": .string(named)], "\(parameters)")
            }
        }
        let noDescriptor = try connection.call(#"{"method":"io.dutyd.ImportLedger","parameters":{"name":"台账.csv","file":0}}"#)
        #expect(noDescriptor?.objectParameters == ["parameter": .string("file")])
        #expect(!daemon.log().contains("do-not-leak"))
        #expect(try LedgerTests.hazards(daemon).isEmpty)
    }

    @Test("an admin who cannot read a file is told \"permission denied\" by dutyctl itself; one they can read is imported")
    func callerRights() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon(adminGroup: "users", "socket_mode = \"0666\""))
        let ledger = daemon.directory.appending(path: "台账.csv")
        try FileManager.default.copyItem(at: LedgerTests.exampleLedger(daemon), to: ledger)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: ledger.path)
        let refused = try PermissionTests().asNobody(daemon, group: "users", ["import", "ledger", ledger.path])
        #expect(refused.status == 4)
        #expect(refused.stderr == "dutyctl: cannot open \(ledger.path): permission denied\n")
        #expect(try LedgerTests.hazards(daemon).isEmpty)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: ledger.path)
        let imported = try PermissionTests().asNobody(daemon, group: "users", ["import", "ledger", ledger.path, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let reply = try JSONDecoder().decode(ImportLedgerReply.self, from: Data(imported.stdout.utf8))
        #expect(reply.file == ledger.path && reply.added.count == 6)
    }

    @Test("a file over the 256 MiB limit is refused with the limit named, before the daemon reads it, and nothing is imported")
    func overLimit() throws {
        let daemon = try DaemonHarness()
        let big = daemon.directory.appending(path: "big.csv")
        _ = FileManager.default.createFile(atPath: big.path, contents: Data((LedgerTests.header + "\n").utf8))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ImportLedgerRequest.maximumFileBytes) + 1)
        try handle.close()
        let result = try daemon.dutyctl(["import", "ledger", big.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read the file: the file is larger than 256 MiB, the most dutyd reads (split it)"), "\(result.stderr)")
        #expect(try LedgerTests.hazards(daemon).isEmpty)
    }
}
