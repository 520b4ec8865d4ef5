import DutyProtocol
import Foundation
import Testing

@Suite("dutyctl backup: a consistent copy of the state while the daemon runs")
struct BackupTests {
    /// What a bureau would compare after a restore: every alert and every hazard.
    static func picture(_ daemon: DaemonHarness) throws -> [String] {
        try [["alerts", "--state", "all", "--json"], ["hazards", "--json"]].map { try daemon.dutyctl($0).stdout }
    }

    @Test("a backup taken while dutyd runs, restored into a fresh state directory, gives a second daemon with the same audit key the same alerts, hazards and an intact audit")
    func backupAndRestore() throws {
        let daemon = try DaemonHarness()
        #expect(try daemon.dutyctl(["report", "--unit", "ls-ez", "--summary", "实验室漏水"]).status == 0)
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        #expect(try daemon.dutyctl(["ack", "1"]).status == 0)
        #expect(try daemon.dutyctl(["import", "ledger", LedgerTests.exampleLedger(daemon).path]).status == 0)
        let wal = try FileManager.default.attributesOfItem(atPath: daemon.stateDatabase.path + "-wal")[.size] as? Int ?? 0
        #expect(wal > 0, "the changes are still in state.sqlite-wal, which a copy of state.sqlite alone would miss")

        let copy = daemon.directory.appending(path: "备份.sqlite")
        let backup = try daemon.dutyctl(["backup", copy.path, "--json"])
        #expect(backup.status == 0, "\(backup.stderr)")
        let reply = try JSONDecoder().decode(BackupReply.self, from: Data(backup.stdout.utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: copy.path)
        #expect(attributes[.size] as? Int == reply.bytes && reply.bytes > 0)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let again = try daemon.dutyctl(["backup", copy.path])
        #expect(again.status == 1 && again.stderr.contains("File exists"), "an existing file is left alone: \(again.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int == reply.bytes)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: daemon.stateDatabase.deletingLastPathComponent().path)
        #expect(!leftovers.contains { $0.hasPrefix("backup-") }, "\(leftovers)")

        let restored = try DaemonHarness()
        #expect(restored.stop() == 0)
        let state = restored.stateDatabase.path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: state + suffix) }
        try FileManager.default.copyItem(atPath: copy.path, toPath: state)
        let key = restored.stateDatabase.deletingLastPathComponent().appending(path: "audit-key").path
        try FileManager.default.removeItem(atPath: key)
        try FileManager.default.copyItem(atPath: daemon.stateDatabase.deletingLastPathComponent().appending(path: "audit-key").path, toPath: key)
        try restored.start()
        #expect(try Self.picture(restored) == Self.picture(daemon))
        let audit = try restored.decode(AuditVerifyReply.self, ["audit", "verify", "--json"])
        #expect(audit.intact && audit.records > 6)
    }

    @Test("a user outside the admin group gets no backup, and dutyctl removes the file it created")
    func refusedToUnprivileged() throws {
        let daemon = try DaemonHarness(configure: DaemonSettingsRewrite.daemon(adminGroup: "users", "socket_mode = \"0666\""))
        let copy = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-backup-\(UUID().uuidString.prefix(8)).sqlite")
        defer { try? FileManager.default.removeItem(at: copy) }
        let refused = try PermissionTests().asNobody(daemon, group: "nogroup", ["backup", copy.path])
        #expect(refused.status == 4, "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        let unwritable = daemon.directory.appending(path: "copy.sqlite").path
        let denied = try PermissionTests().asNobody(daemon, group: "users", ["backup", unwritable])
        #expect(denied.status == 4 && denied.stderr == "dutyctl: cannot open \(unwritable): permission denied\n")
    }
}
