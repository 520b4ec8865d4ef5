import Dispatch
import DutyCore
import Foundation
import Logging

/// Delivers the outbox: picks due notifications, hands them to their channels with per-channel
/// concurrency and rate limits, retries failures with backoff, and parks the hopeless as dead.
///
/// Runs on its own queue, and deliveries on a concurrent one, so a slow or hung channel blocks
/// neither the checks nor the control socket. State is the database: a restart resumes where it was.
public final class OutboxWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "dutyd.outbox")
    private let deliveries = DispatchQueue(label: "dutyd.delivery", attributes: .concurrent)
    private let store: StateStore
    private let logger: Logger
    private var configuration: Configuration
    private var secrets: SecretStore
    private var inFlight: Set<Int64> = []
    private var busy: [String: Int] = [:]
    private var started: [String: [DispatchTime]] = [:]
    private var timer: DispatchSourceTimer?

    public init(store: StateStore, configuration: Configuration, secrets: SecretStore, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.secrets = secrets
        self.logger = logger
    }

    /// Uses a reloaded configuration for what is delivered from now on.
    public func update(configuration: Configuration, secrets: SecretStore) {
        queue.async { [self] in
            self.configuration = configuration
            self.secrets = secrets
            pump()
        }
    }

    /// Looks for due notifications now (after a commit queued some).
    public func wake() {
        queue.async { [self] in pump() }
    }

    /// Sends one test message through `channel` to `person` now, outside the outbox, and returns the channel's answer.
    public func test(channel: String, person: Person, completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void) {
        queue.async { [self] in
            let notification = OutboundNotification(
                key: "test/\(UUID().uuidString)", alertID: 0, level: 0, recipient: person.id, channel: channel,
                text: "【dutyd】测试消息：\(person.name)，这是一条来自 dutyd 的测试通知，无需处理。",
                fields: ["name": person.name, "phone": person.phone, "unit": configuration.tree[person.unit]?.name ?? person.unit, "kind": "测试", "summary": "测试消息"],
                createdAt: Date())
            guard let sender = sender(for: channel) else { return completion(.failure(DeliveryError("no channel \"\(channel)\""))) }
            deliveries.async { completion(Result { () throws(DeliveryError) in try sender.send(notification, to: person) }) }
        }
    }

    private func pump() {
        let now = Date.nowToTheMillisecond()
        let due: [(id: Int64, channel: String)]
        do {
            due = try store.dueNotifications(by: now, limit: 500)
        } catch {
            logger.error("cannot read the notification outbox: \(error)", metadata: ["event": "notification_failed"])
            return schedule(at: now.addingTimeInterval(5))
        }
        var earliestRetry: Date?
        // Each channel's rate window: the deliveries started in the last minute, pruned once per pump.
        let uptime = DispatchTime.now().uptimeNanoseconds
        started = started.mapValues { times in times.filter { uptime - $0.uptimeNanoseconds < 60_000_000_000 } }
        for (id, channel) in due where !inFlight.contains(id) {
            let limits = limits(of: channel)
            guard busy[channel, default: 0] < limits.concurrency else { continue }
            guard started[channel, default: []].count < limits.ratePerMinute else {
                earliestRetry = min(earliestRetry ?? .distantFuture, now.addingTimeInterval(1))
                continue
            }
            guard let entry = try? store.outboxEntry(id) else {
                earliestRetry = min(earliestRetry ?? .distantFuture, now.addingTimeInterval(5))
                continue
            }
            start(entry, limits: limits)
        }
        // Due entries held back by a busy channel are picked up when a delivery finishes (finish pumps).
        let next = (try? store.nextNotificationDue(after: now)) ?? nil
        if let wake = [earliestRetry, next].compactMap({ $0 }).min() { schedule(at: wake) }
    }

    private func start(_ entry: OutboxEntry, limits: ChannelDefinition) {
        let channel = entry.notification.channel
        inFlight.insert(entry.id)
        busy[channel, default: 0] += 1
        started[channel, default: []].append(.now())
        let person = configuration.person(entry.notification.recipient)
        guard let sender = sender(for: channel) else {
            return finish(entry, limits: limits, result: .failure(DeliveryError("channel \"\(channel)\" is no longer configured")))
        }
        deliveries.async { [self] in
            let result = Result { () throws(DeliveryError) in try sender.send(entry.notification, to: person) }
            queue.async { [self] in finish(entry, limits: limits, result: result) }
        }
    }

    private func finish(_ entry: OutboxEntry, limits: ChannelDefinition, result: Result<String, DeliveryError>) {
        let channel = entry.notification.channel
        inFlight.remove(entry.id)
        busy[channel, default: 1] -= 1
        let now = Date.nowToTheMillisecond()
        let attempt = entry.attempts + 1
        var metadata: Logger.Metadata = [
            "event": "notification_delivered", "alert": "\(entry.notification.alertID)", "level": "\(entry.notification.level)",
            "recipient": "\(entry.notification.recipient)", "channel": "\(channel)", "notification": "\(entry.notification.key)",
        ]
        do {
            switch result {
            case .success(let answer):
                try store.markDelivered(entry.id, at: now)
                if channel != ChannelDefinition.journalID {
                    logger.info("notification \(entry.id) to \(entry.notification.fields["name"] ?? entry.notification.recipient) via \(channel) delivered (\(answer))", metadata: metadata)
                }
            case .failure(let error):
                let retryAt = attempt < limits.maxAttempts ? now + limits.retry.delay(afterAttempt: attempt, jitter: Double.random(in: 0..<1)) : nil
                try store.markFailed(entry.id, error: error.description, at: now, retryAt: retryAt)
                metadata["event"] = retryAt == nil ? "notification_dead" : "notification_failed"
                let outcome = retryAt.map { "retry at \(WallClock(zoneIdentifier: configuration.daemon.timeZone).readable($0))" } ?? "parked as a dead letter after \(attempt) attempts (dutyctl outbox retry \(entry.id))"
                logger.log(level: retryAt == nil ? .error : .warning, "notification \(entry.id) via \(channel) failed (attempt \(attempt)): \(error); \(outcome)", metadata: metadata)
            }
        } catch {
            logger.error("cannot record the delivery of notification \(entry.id): \(error)", metadata: metadata)
        }
        pump()
    }

    private func schedule(at date: Date) {
        timer?.cancel()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(wallDeadline: DispatchWallTime(date: date))
        timer.setEventHandler { [unowned self] in pump() }
        timer.resume()
        self.timer = timer
    }

    private func limits(of channel: String) -> ChannelDefinition {
        configuration.channels.first { $0.id == channel }
            ?? ChannelDefinition(id: channel, target: .command(argv: []), timeout: .seconds(5), concurrency: 16, ratePerMinute: 6_000, maxAttempts: 3)
    }

    private func sender(for channel: String) -> ChannelSender? {
        if channel == ChannelDefinition.journalID { return JournalSender(logger: logger) }
        guard let definition = configuration.channels.first(where: { $0.id == channel }) else { return nil }
        switch definition.target {
        case .command(let argv): return CommandSender(argv: argv, timeout: definition.timeout)
        case .webhook(let format, let url, let signing):
            return WebhookSender(format: format, urlSecret: url, signingSecret: signing, timeout: definition.timeout, secrets: secrets)
        case .email(let sendmail, let from): return EmailSender(sendmail: sendmail, from: from, timeout: definition.timeout)
        }
    }
}

/// The built-in `journal` channel: every notification is also a journal entry.
struct JournalSender: ChannelSender {
    let logger: Logger

    func send(_ notification: OutboundNotification, to person: Person?) throws(DeliveryError) -> String {
        logger.notice(
            "notify \(person?.name ?? notification.recipient) (\(person?.phone ?? "")): \(notification.text)",
            metadata: [
                "event": "notification_sent", "alert": "\(notification.alertID)", "level": "\(notification.level)",
                "recipient": "\(notification.recipient)", "channel": "journal", "notification": "\(notification.key)",
            ])
        return "written to the journal"
    }
}
