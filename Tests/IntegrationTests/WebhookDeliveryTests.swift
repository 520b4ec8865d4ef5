import DutyProtocol
import Foundation
import Testing

@Suite("Webhook deliveries to a real receiver on loopback")
struct WebhookDeliveryTests {
    /// A generic webhook channel that fails fast and retries soon, for tests.
    static func hook(format: String = "generic", concurrency: Int = 4, signed: Bool = false) -> String {
        """
        type = "webhook"
        format = "\(format)"
        url_secret = "secrets/hook-url"
        \(signed ? "signing_secret = \"secrets/hook-signing\"" : "")
        timeout = "1s"
        retry_base = "1s"
        max_attempts = 100
        concurrency = \(concurrency)
        rate_per_minute = 6000
        """
    }

    /// Starts dutyd with everyone on channel `hook` posting to `receiver`; incidents do not climb during the test.
    static func daemon(posting to: WebhookReceiver, channel: String = hook(), logLevel: String = "info") throws -> DaemonHarness {
        let daemon = try DaemonHarness(logLevel: logLevel, configure: { ChannelRewrite.everyone(to: "hook", channel)(FastPolicies.incidents(step: "1h")($0)) })
        try FileManager.default.createDirectory(at: daemon.directory.appending(path: "config/secrets"), withIntermediateDirectories: true)
        try to.url.write(to: daemon.directory.appending(path: "config/secrets/hook-url"), atomically: true, encoding: .utf8)
        return daemon
    }

    /// Reports an incident at each of `units`.
    static func report(_ daemon: DaemonHarness, at units: [String]) throws {
        let connection = try RawVarlinkConnection(path: daemon.socket)
        for unit in units {
            _ = try connection.call(DutydInterface.report, ReportRequest(unit: unit, summary: "配电箱冒烟"), returning: ReportReply.self).get()
        }
    }

    static let schools = ["dg-sy", "dg-sz", "dg-yey", "ls-zx", "ls-ez", "ls-hf", "rz-yz"]

    @Test("every notification arrives exactly once after the receiver answered 500, hung, and refused connections")
    func deliveredOnceAfterFailures() throws {
        let receiver = try WebhookReceiver()
        try receiver.answer("500")
        let daemon = try Self.daemon(posting: receiver)
        try Self.report(daemon, at: Self.schools)
        let keys = try OutboxRow.all(in: daemon, channel: "hook").map(\.key)
        #expect(keys.count >= Self.schools.count)

        #expect(try eventually(within: 10) { try receiver.stats().failed500 >= keys.count })
        try receiver.answer("hang")
        #expect(try eventually(within: 15) { try receiver.stats().hung >= 2 })
        receiver.stop()
        let failuresBefore = daemon.log().components(separatedBy: "via hook failed").count
        #expect(eventually(within: 20) { daemon.log().components(separatedBy: "via hook failed").count >= failuresBefore + 2 })
        try receiver.answer("ok")
        try receiver.start()

        #expect(try eventually(within: 40) { try OutboxRow.all(in: daemon, channel: "hook").allSatisfy(\.delivered) })
        let stats = try receiver.stats()
        #expect(Set(stats.acknowledged.keys) == Set(keys))
        #expect(stats.acknowledged.values.allSatisfy { $0 == 1 }, "delivered more than once: \(stats.acknowledged.filter { $0.value > 1 })")
        #expect(try OutboxRow.all(in: daemon, channel: "hook").allSatisfy { $0.attempts >= 2 })
        #expect(daemon.log().contains("cannot reach 127.0.0.1"))
        let body = try #require(stats.bodies.first)
        #expect(body["channel"] == .string("hook"))
        guard case .string(let text) = body["text"] else { Issue.record("no text in \(body)"); return }
        #expect(text.contains("dutyctl ack"))
    }

    @Test("DingTalk robot deliveries are signed as documented; a wrong secret or an errcode answer is retried")
    func dingTalkSignatures() throws {
        let secret = "SEC0123456789abcdef0123456789abcdef"
        let receiver = try WebhookReceiver(dingTalkSecret: secret)
        try receiver.answer("errcode")
        let daemon = try Self.daemon(posting: receiver, channel: Self.hook(format: "dingtalk", signed: true))
        let signingFile = daemon.directory.appending(path: "config/secrets/hook-signing")
        try "SECwrong\n".write(to: signingFile, atomically: true, encoding: .utf8)
        try Self.report(daemon, at: ["dg-sy"])

        #expect(try eventually(within: 10) { try receiver.stats().badSignatures >= 1 })
        try "\(secret)\n".write(to: signingFile, atomically: true, encoding: .utf8)
        #expect(try eventually(within: 15) { try receiver.stats().refusedByRobot >= 1 })
        #expect(daemon.log().contains("dingtalk robot refused: errcode 310000"))
        try receiver.answer("ok")

        #expect(try eventually(within: 30) { try OutboxRow.all(in: daemon, channel: "hook").allSatisfy(\.delivered) })
        let stats = try receiver.stats()
        let keys = try OutboxRow.all(in: daemon, channel: "hook").map(\.key)
        #expect(!keys.isEmpty && Set(stats.acknowledged.keys) == Set(keys))
        let body = try #require(stats.bodies.first)
        #expect(body["msgtype"] == .string("markdown"))
        guard case .object(let markdown) = body["markdown"], case .string(let text)? = markdown["text"] else { Issue.record("no markdown text in \(body)"); return }
        #expect(text.contains("东港区实验小学"))
        let outbox = try daemon.dutyctl(["outbox", "list", "--state", "all", "--json"])
        for secretText in [secret, "SECwrong", "access_token"] {
            #expect(!daemon.log().contains(secretText) && !outbox.stdout.contains(secretText))
        }
    }

    @Test("SIGKILL with deliveries in flight: after the restart nothing is lost and nothing acknowledged is sent again")
    func crashWithDeliveriesInFlight() throws {
        let receiver = try WebhookReceiver()
        try receiver.answer("slow")
        let daemon = try Self.daemon(posting: receiver, channel: Self.hook(concurrency: 3))
        try Self.report(daemon, at: Self.schools)
        let keys = try OutboxRow.all(in: daemon, channel: "hook").map(\.key)

        // All three delivery slots are waiting for answers, so no answer is being recorded right now.
        #expect(try eventually(within: 10) { try receiver.stats().inFlight == 3 })
        daemon.crash()
        #expect(try eventually(within: 5) { try receiver.stats().abandoned == 3 })
        let acknowledgedBeforeCrash = try receiver.stats().acknowledged
        try daemon.start()

        #expect(try eventually(within: 30) { try OutboxRow.all(in: daemon, channel: "hook").allSatisfy(\.delivered) })
        let stats = try receiver.stats()
        #expect(Set(stats.acknowledged.keys) == Set(keys))
        #expect(stats.acknowledged.values.allSatisfy { $0 == 1 }, "acknowledged twice: \(stats.acknowledged.filter { $0.value > 1 })")
        #expect(acknowledgedBeforeCrash.count < keys.count)
        #expect(stats.mostInFlight == 3)
    }

    @Test("SIGTERM with deliveries in flight: they finish and are recorded, and after the restart every notification arrives exactly once")
    func gracefulStopWithDeliveriesInFlight() throws {
        let receiver = try WebhookReceiver()
        try receiver.answer("slow")
        let channel = Self.hook(concurrency: 3).replacingOccurrences(of: "timeout = \"1s\"", with: "timeout = \"10s\"")
        let daemon = try Self.daemon(posting: receiver, channel: channel)
        try Self.report(daemon, at: Self.schools)
        let keys = try OutboxRow.all(in: daemon, channel: "hook").map(\.key)

        #expect(try eventually(within: 10) { try receiver.stats().inFlight == 3 })
        #expect(daemon.stop() == 0)
        // The three in flight were answered to a daemon still listening, not cut off, and recorded.
        let atStop = try receiver.stats()
        #expect(atStop.abandoned == 0 && atStop.inFlight == 0)
        #expect(atStop.acknowledged.count >= 3 && atStop.acknowledged.count < keys.count)
        let recorded = try OutboxRow.all(in: daemon, channel: "hook").filter(\.delivered).map(\.key)
        #expect(Set(recorded) == Set(atStop.acknowledged.keys))
        #expect(daemon.log().contains("[daemon_stopping] stopping on SIGTERM"))
        #expect(daemon.log().contains("previous run stopped cleanly") == false)

        try daemon.start()
        #expect(daemon.log().contains("previous run stopped cleanly"))
        #expect(try eventually(within: 30) { try OutboxRow.all(in: daemon, channel: "hook").allSatisfy(\.delivered) })
        let stats = try receiver.stats()
        #expect(Set(stats.acknowledged.keys) == Set(keys))
        #expect(stats.acknowledged.values.allSatisfy { $0 == 1 }, "delivered more than once: \(stats.acknowledged.filter { $0.value > 1 })")
        #expect(stats.abandoned == 0)
    }

    @Test("300 overdue hazards at once: each notification arrives once, read from the outbox in a few batches and recorded in groups")
    func batchedReadsAndGroupedRecords() throws {
        let receiver = try WebhookReceiver()
        // A generous timeout: the test receiver, one Python thread per request, can be slow on a busy machine.
        let channel = Self.hook().replacingOccurrences(of: "timeout = \"1s\"", with: "timeout = \"30s\"")
        let daemon = try Self.daemon(posting: receiver, channel: channel, logLevel: "debug")
        let ledger = daemon.directory.appending(path: "overdue.csv")
        var rows = ["序号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限,整改情况"]
        for number in 1...300 {
            rows.append("\(number),东港区第一幼儿园,教学楼\(number % 5 + 1)楼,消防通道堵塞第\(number)处,消防安全,一般,清理并设置标识,朱丽,2025-0\(number % 9 + 1)-15,未整改")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: ledger, atomically: true, encoding: .utf8)
        let imported = try daemon.dutyctl(["import", "ledger", ledger.path])
        #expect(imported.status == 0, "\(imported.stderr)")

        let all = { try OutboxRow.all(in: daemon, channel: "hook") + OutboxRow.all(in: daemon, channel: "journal") }
        #expect(try eventually(within: 60) { try OutboxRow.all(in: daemon, channel: "hook").count >= 300 && all().allSatisfy(\.delivered) })
        let keys = try OutboxRow.all(in: daemon, channel: "hook").map(\.key)
        // The receiver counts a request after writing its 200, so dutyd may record the last
        // delivery a moment before the receiver's statistics show it.
        _ = try eventually(within: 10) { Set(try receiver.stats().acknowledged.keys) == Set(keys) }
        let stats = try receiver.stats()
        #expect(Set(stats.acknowledged.keys) == Set(keys))
        #expect(stats.acknowledged.values.allSatisfy { $0 == 1 }, "delivered more than once: \(stats.acknowledged.filter { $0.value > 1 })")
        // The worker keeps what it read: a handful of reads, not one per delivery as before; a
        // failed attempt (a busy machine's test receiver may time out or reset) adds one at its retry.
        let lines = daemon.log().split(separator: "\n")
        let failures = lines.filter { $0.contains("via hook failed") }
        let hookReads = lines.filter { $0.contains("notifications of channel hook") }
        #expect(hookReads.count <= 20 + failures.count, "\(hookReads.count) reads for \(keys.count) deliveries, \(failures.count) failed attempts")
        // Each attempt recorded exactly once, many in one transaction.
        let groups = lines.compactMap { line in line.firstRange(of: "outbox: recorded ").flatMap { Int(line[$0.upperBound...].prefix { $0.isNumber }) } }
        #expect(groups.reduce(0, +) == (try all().map(\.attempts).reduce(0, +)))
        #expect(groups.count < groups.reduce(0, +), "\(groups.count) transactions")
    }

    @Test("notifications queued one after another are read as they come, not by reading every channel again")
    func queuedNotificationsReadIncrementally() throws {
        let receiver = try WebhookReceiver()
        let channel = Self.hook().replacingOccurrences(of: "timeout = \"1s\"", with: "timeout = \"30s\"")
        let daemon = try Self.daemon(posting: receiver, channel: channel, logLevel: "debug")
        // Reports back to back on one connection: each commit queues notifications while the worker
        // is still busy with those of the one before.
        try Self.report(daemon, at: Array(repeating: Self.schools, count: 30).flatMap { $0 })
        #expect(try eventually(within: 60) { try OutboxRow.all(in: daemon, channel: "hook").allSatisfy(\.delivered) })
        let lines = daemon.log().split(separator: "\n")
        let rereads = lines.filter { $0.contains(" due notifications of channel ") }
        let channels = Set(rereads.compactMap { $0.split(separator: " ").last })
        let failures = lines.filter { $0.contains("via hook failed") }
        // Every channel is read in full at start-up and after a failed attempt's retry falls due;
        // the notifications of 210 reports are otherwise read as they are queued.
        #expect(rereads.count <= (2 + failures.count) * channels.count, "\(rereads.count) full reads of \(channels.count) channels, \(failures.count) failed attempts")
    }

    @Test("a channel's rate limit holds deliveries back")
    func rateLimit() throws {
        let receiver = try WebhookReceiver()
        let daemon = try Self.daemon(posting: receiver, channel: Self.hook().replacingOccurrences(of: "rate_per_minute = 6000", with: "rate_per_minute = 2"))
        try Self.report(daemon, at: Self.schools)
        #expect(try eventually(within: 10) { try receiver.stats().acknowledged.count == 2 })
        sleep(2)
        #expect(try receiver.stats().acknowledged.count == 2)
        #expect(try OutboxRow.all(in: daemon, channel: "hook").filter { !$0.delivered }.count == Self.schools.count - 2)
    }
}
