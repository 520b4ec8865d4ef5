import DutyProtocol
import DutyShell
import Foundation
import GRDB
import Glibc
import Testing

/// A small tmpfs for a daemon's state directory, that a filler file fills to the last byte.
final class SmallDisk {
    private(set) var mountPoint: URL?
    var filler: URL? { mountPoint?.appending(path: "filler") }

    /// Mounts a tmpfs of `size` (e.g. "4m") at `path`.
    func mount(at path: URL, size: String) throws {
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        let mounted = try run(URL(filePath: "/usr/bin/mount"), ["-t", "tmpfs", "-o", "size=\(size),mode=0750", "tmpfs", path.path])
        guard mounted.status == 0 else { throw HarnessError("cannot mount a tmpfs at \(path.path): \(mounted.stderr)") }
        mountPoint = path
    }

    /// Writes the filler file until the file system has no room left.
    func fill() throws {
        let filled = try run(URL(filePath: "/usr/bin/dd"), ["if=/dev/zero", "of=\(filler!.path)", "bs=4k"])
        guard filled.stderr.contains("No space left") else { throw HarnessError("the filler did not fill the disk: \(filled.stderr)") }
    }

    /// Removes the filler file, giving the room back.
    func free() throws {
        try FileManager.default.removeItem(at: filler!)
    }

    /// Unmounts the tmpfs, if mounted.
    func unmount() {
        guard let mountPoint else { return }
        _ = try? run(URL(filePath: "/usr/bin/umount"), ["--lazy", mountPoint.path])
        self.mountPoint = nil
    }
}

/// Issue 14 item 10: a full disk makes dutyd neither exit nor loop. It refuses changes with
/// `io.dutyd.StorageUnavailable`, says so in `dutyctl status`, keeps escalating in memory, and
/// commits what it decided once there is room again; a restart loses nothing answered as committed.
@Suite("disk full", .serialized, .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
struct DiskFullTests {
    @Test("with the state's disk full dutyd stays up, refuses changes with the cause, escalates in memory, and commits the escalation once the filler is removed")
    func fullDiskDuringARun() throws {
        let disk = SmallDisk()
        defer { disk.unmount() }
        let sent = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-sent-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: sent) }
        let slowSMS = "type = \"command\"\ncommand = [\"/bin/sh\", \"-c\", \"sleep 3; echo \\\"$DUTYD_PHONE\\\" >> \(sent.path)\"]"
        let daemon = try DaemonHarness(
            configure: { ChannelRewrite.everyone(to: "slow-sms", slowSMS)(FastPolicies.incidents(step: "6s", repeat: "1h", resolve: "1h")($0)) },
            prepare: { directory in try disk.mount(at: directory.appending(path: "state"), size: "4m") })
        defer { if daemon.process.isRunning { daemon.crash() } }

        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        try disk.fill()

        let refused = try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "教学楼停电"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("dutyd cannot write its state database \(daemon.stateDatabase.path) (database or disk is full (SQLite error 13)); nothing was changed"))
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let error = try #require(try connection.call(DutydInterface.acknowledge, AlertActionRequest(id: 1), returning: AlertReply.self).failure)
        #expect(error.name == "io.dutyd.StorageUnavailable")
        #expect(error.parameters["cause"] == .string("database or disk is full (SQLite error 13)"))
        #expect(daemon.process.isRunning)

        let status = try daemon.dutyctl(["status"])
        #expect(status.status == 0)
        #expect(status.stdout.contains("storage        UNAVAILABLE (database or disk is full (SQLite error 13))"))
        #expect(try alerts(daemon).map(\.id) == [1], "the refused report left nothing in memory")
        #expect(try eventually(within: 20) { try alerts(daemon).first?.level == 1 }, "the escalation falls due in memory meanwhile")
        #expect(try alerts(daemon).first?.state == "triggered", "the refused acknowledgement left nothing in memory")

        try disk.free()
        #expect(try eventually(within: 45) { try !daemon.dutyctl(["status"]).stdout.contains("UNAVAILABLE") }, "a retry ends the outage")
        let log = daemon.log()
        #expect(log.components(separatedBy: "cannot write the state database").count == 2, "the outage is logged once")
        #expect(log.components(separatedBy: "can be written again").count == 2, "and its end once")
        #expect(try history(daemon).contains { $0.action == "escalated" && $0.level == 1 }, "the escalation decided meanwhile is committed")
        let levelZeroSMS = try String(contentsOf: sent, encoding: .utf8).split(separator: "\n").filter { $0 == "0633-8335566" }
        #expect(log.components(separatedBy: "cannot record the delivery of 1 notifications").count == 2, "the SMS was delivered during the outage")
        #expect(levelZeroSMS.count == 1, "the SMS delivered during the outage, whose delivery could not be recorded then, is not sent again")

        #expect(daemon.stop() == 0)
        try daemon.start()
        #expect(try alerts(daemon).map(\.id) == [1], "a restart finds the report, and not the refused one")
        #expect(try history(daemon).map(\.action).prefix(2) == ["raised", "escalated"], "nor loses the escalation committed after the outage")
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }

    @Test("started with the state's disk already full, dutyd answers reads, refuses changes, tells systemd, and resumes when there is room")
    func fullDiskAtStart() throws {
        let disk = SmallDisk()
        defer { disk.unmount() }
        let systemd = try NotifyListener(directory: URL(filePath: NSTemporaryDirectory()))
        let daemon = try DaemonHarness(
            environment: ["NOTIFY_SOCKET": systemd.path], prepare: { directory in try disk.mount(at: directory.appending(path: "state"), size: "4m") })
        defer { if daemon.process.isRunning { daemon.crash() } }
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)
        #expect(daemon.stop() == 0)

        try disk.fill()
        try daemon.start()
        let ready = systemd.receive(for: 10) { $0.contains("READY=1") && $0.contains("STORAGE UNAVAILABLE") }
        #expect(ready.contains { $0.contains("STATUS=STORAGE UNAVAILABLE since ") && $0.contains("(database or disk is full (SQLite error 13)): changes refused") })
        #expect(try daemon.dutyctl(["status"]).stdout.contains("UNAVAILABLE (database or disk is full"))
        #expect(try alerts(daemon).map(\.id) == [1])
        #expect(try daemon.dutyctl(["ack", "1"]).stderr.contains("nothing was changed"))

        try disk.free()
        #expect(try daemon.dutyctl(["ack", "1"]).status == 0, "a change retries first, and the retry ends the outage")
        #expect(try !daemon.dutyctl(["status"]).stdout.contains("UNAVAILABLE"))
        #expect(systemd.receive(for: 10) { $0.hasPrefix("STATUS=") && !$0.contains("STORAGE") }.contains { $0.hasPrefix("STATUS=") && !$0.contains("STORAGE") })
        #expect(daemon.stop() == 0)
        try daemon.start()
        #expect(try alerts(daemon).first?.state == "acknowledged")
    }

    @Test("only a full disk or an I/O error is a StorageUnavailable that dutyd rides out; other database errors are not")
    func whichErrorsAreStorageUnavailable() {
        #expect(StorageUnavailable(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full"))?.cause == "database or disk is full (SQLite error 13)")
        #expect(StorageUnavailable(DatabaseError(resultCode: .SQLITE_IOERR_WRITE, message: "disk I/O error"))?.cause == "disk I/O error (SQLite error 778)")
        #expect(StorageUnavailable(DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "UNIQUE constraint failed")) == nil)
        #expect(StorageUnavailable(DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed")) == nil)
        #expect(StorageUnavailable(CocoaError(.fileWriteOutOfSpace)) == nil)
    }

    /// The alerts `dutyctl alerts --json` lists.
    private func alerts(_ daemon: DaemonHarness) throws -> [AlertInfo] {
        try JSONDecoder().decode(AlertsReply.self, from: Data(daemon.dutyctl(["alerts", "--json", "--state", "all"]).stdout.utf8)).alerts
    }

    /// The history of alert 1 as `dutyctl show 1 --json` prints it.
    private func history(_ daemon: DaemonHarness) throws -> [HistoryEntryInfo] {
        try JSONDecoder().decode(ShowAlertReply.self, from: Data(daemon.dutyctl(["show", "1", "--json"]).stdout.utf8)).history
    }
}
