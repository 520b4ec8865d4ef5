import DutyProtocol
import Foundation
import Glibc
import Testing

@Suite("Command channels run real scripts")
struct CommandChannelTests {
    /// Writes an executable shell script into the daemon's directory and returns its path.
    static func script(_ name: String, in directory: URL, _ body: String) throws -> String {
        let path = directory.appending(path: name).path
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// The process ids a script wrote, one per line, to `file`.
    static func pids(in file: URL) -> [pid_t] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { pid_t($0) }
    }

    static func alive(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

    /// Starts dutyd with everyone on a `command` channel running `script` (created once the
    /// daemon's directory exists, before anything is reported).
    static func daemon(timeout: String, maxAttempts: Int, concurrency: Int = 4, policies: @escaping (String) -> String = FastPolicies.incidents(step: "1h"), script body: String) throws -> (DaemonHarness, URL) {
        let (configure, scratch) = try channel(timeout: timeout, maxAttempts: maxAttempts, concurrency: concurrency, policies: policies, script: body)
        return (try DaemonHarness(configure: configure), scratch)
    }

    /// The configuration rewrite putting everyone on a `command` channel running `script` (written
    /// into the scratch directory returned, which `$DIR` in the script names).
    static func channel(
        timeout: String, maxAttempts: Int, concurrency: Int = 4, policies: @escaping (String) -> String, script body: String
    ) throws -> ((String) -> String, URL) {
        let scratch = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-scripts-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let path = try script("deliver.sh", in: scratch, body.replacingOccurrences(of: "$DIR", with: scratch.path))
        let channel = """
            type = "command"
            command = ["\(path)"]
            timeout = "\(timeout)"
            retry_base = "1s"
            max_attempts = \(maxAttempts)
            concurrency = \(concurrency)
            rate_per_minute = 6000
            """
        return ({ ChannelRewrite.everyone(to: "gateway", channel)(policies($0)) }, scratch)
    }

    @Test("a script that hangs is killed at its timeout, retried, then parked as a dead letter that status shows")
    func hangingScript() throws {
        let (daemon, scratch) = try Self.daemon(timeout: "1s", maxAttempts: 2, script: "echo $$ >> $DIR/pids\nexec sleep 60")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])

        #expect(try eventually(within: 15) { try OutboxRow.all(in: daemon, channel: "gateway").allSatisfy(\.dead) })
        let rows = try OutboxRow.all(in: daemon, channel: "gateway")
        #expect(!rows.isEmpty && rows.allSatisfy { $0.attempts == 2 && $0.lastError == "\(scratch.path)/deliver.sh did not finish within 1s; killed" })
        let started = Self.pids(in: scratch.appending(path: "pids"))
        #expect(started.count == 2 * rows.count)
        #expect(started.allSatisfy { !Self.alive($0) }, "still running: \(started.filter(Self.alive))")
        let status = try daemon.dutyctl(["status"])
        #expect(status.stdout.contains("\(rows.count) dead"), "\(status.stdout)")
        #expect(daemon.log().contains("parked as a dead letter after 2 attempts"))
    }

    @Test("a script that exits non-zero is retried until it succeeds, with the notification on stdin and in DUTYD_* variables")
    func failingScript() throws {
        let (daemon, scratch) = try Self.daemon(timeout: "5s", maxAttempts: 5, script: """
            name=$DIR/$(printf %s "$DUTYD_KEY" | md5sum | cut -c1-12)
            echo x >> "$name.tries"
            cat > "$name.json"
            printf %s "$DUTYD_KEY" > "$name.key"
            [ "$(wc -l < "$name.tries")" -ge 3 ]
            """)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy", "ls-zx"])

        #expect(try eventually(within: 20) { try OutboxRow.all(in: daemon, channel: "gateway").allSatisfy(\.delivered) })
        let rows = try OutboxRow.all(in: daemon, channel: "gateway")
        #expect(rows.count >= 2 && rows.allSatisfy { $0.attempts == 3 })
        #expect(daemon.log().components(separatedBy: "deliver.sh exited with status 1; retry at").count - 1 == 2 * rows.count)
        let keyFiles = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasSuffix(".key") }
        #expect(keyFiles.count == rows.count)
        for keyFile in keyFiles {
            let base = scratch.appending(path: String(keyFile.dropLast(4)))
            let key = try String(contentsOf: base.appendingPathExtension("key"), encoding: .utf8)
            let body = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathExtension("json"))) as? [String: String]
            #expect(body?["key"] == key && body?["channel"] == "gateway")
            #expect(body?["text"]?.contains("dutyctl ack") == true)
            #expect(try String(contentsOf: base.appendingPathExtension("tries"), encoding: .utf8).split(separator: "\n").count == 3)
        }
    }

    @Test("e-mail is handed to sendmail -t as a UTF-8 message to the person's address")
    func emailThroughSendmail() throws {
        let scratch = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-mail-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sendmail = try Self.script("sendmail", in: scratch, "echo \"$*\" > \(scratch.path)/arguments\ncat > \(scratch.path)/message.eml")
        let channel = "type = \"email\"\nfrom = \"dutyd@rzedu.example.cn\"\nsendmail = \"\(sendmail)\"\nretry_base = \"1s\""
        let daemon = try DaemonHarness(configure: {
            ChannelRewrite.everyone(to: "mailer", channel)(FastPolicies.incidents(step: "1h")($0))
                .replacingOccurrences(of: "channels = [\"mailer\"]", with: "channels = [\"mailer\"]\nemail = \"duty@rzedu.example.cn\"")
        })
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])

        #expect(try eventually(within: 10) { try OutboxRow.all(in: daemon, channel: "mailer").allSatisfy(\.delivered) })
        #expect(try String(contentsOf: scratch.appending(path: "arguments"), encoding: .utf8) == "-t -i\n")
        let message = try String(contentsOf: scratch.appending(path: "message.eml"), encoding: .utf8)
        let parts = message.components(separatedBy: "\r\n\r\n")
        let headers = parts[0].components(separatedBy: "\r\n")
        #expect(headers.contains("To: duty@rzedu.example.cn") && headers.contains("From: dutyd@rzedu.example.cn"))
        #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
        let subject = try #require(headers.first { $0.hasPrefix("Subject: =?UTF-8?B?") })
        let encodedSubject = subject.dropFirst("Subject: =?UTF-8?B?".count).dropLast(2)
        #expect(String(decoding: Data(base64Encoded: String(encodedSubject)) ?? Data(), as: UTF8.self).hasPrefix("dutyd：东港区实验小学"))
        let body = String(decoding: Data(base64Encoded: parts[1], options: .ignoreUnknownCharacters) ?? Data(), as: UTF8.self)
        #expect(body.contains("配电箱冒烟") && body.contains("dutyctl ack"), "\(body)")
    }

    @Test("with the channel hung, escalations stay on time and dutyctl status answers")
    func hungChannelBlocksNothing() throws {
        let (daemon, scratch) = try Self.daemon(
            timeout: "1m", maxAttempts: 2, concurrency: 2, policies: FastPolicies.incidents(step: "1s", repeat: "1s"),
            script: "echo $$ >> $DIR/pids\nexec sleep 60")
        defer {
            // Only those still sleeping: the pid of one that ended may be another test's process by now.
            let sleeping = Self.pids(in: scratch.appending(path: "pids")).filter {
                (try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8))?.hasPrefix("sleep\u{0}60") == true
            }
            sleeping.forEach { kill($0, SIGKILL) }
            try? FileManager.default.removeItem(at: scratch)
        }
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])
        #expect(eventually(within: 10) { Self.pids(in: scratch.appending(path: "pids")).count == 2 })

        #expect(eventually(within: 8) { daemon.log().contains("still unacknowledged at the top level 2") })
        let status = try daemon.dutyctl(["status", "--json"])
        #expect(status.status == 0)
        let hung = Self.pids(in: scratch.appending(path: "pids"))
        #expect(hung.count == 2 && hung.allSatisfy(Self.alive), "the deliveries should still be hanging: \(hung)")
        let pending = try OutboxRow.all(in: daemon, channel: "gateway").filter { !$0.delivered && !$0.dead }
        #expect(pending.count >= 3, "escalations should keep queueing notifications behind the hung ones")
    }
}
