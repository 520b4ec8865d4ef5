import Dispatch
import DutyCore
import Foundation
import Logging

/// Delivers the outbox: picks due notifications, hands them to their channels with per-channel
/// concurrency and rate limits, retries failures with backoff, and parks the hopeless as dead.
///
/// Runs on its own queue, and deliveries on a concurrent one, so a slow or hung channel blocks
/// neither the checks nor the control socket. State is the database: a restart resumes where it was.
/// Each channel's due notifications are read ahead in batches and kept until they run out or
/// something new is queued. Finished deliveries are recorded in groups: all those finished since
/// the last write in one transaction, written before any further delivery starts, so a crash
/// can send again only those whose answer came in just before it (receivers dedupe by key).
public final class OutboxWorker: @unchecked Sendable {
    /// Due notifications read from the store per channel at a time.
    static let batch = 1_000

    private let queue = DispatchQueue(label: "dutyd.outbox")
    private let deliveries = DispatchQueue(label: "dutyd.delivery", attributes: .concurrent)
    private let store: StateStore
    private let logger: Logger
    private var configuration: Configuration
    private var secrets: SecretStore
    private var channels: [String: ChannelQueue] = [:]
    /// Finished deliveries not yet recorded, with what to log once they are.
    private var finished: [(outcome: DeliveryOutcome, log: () -> Void)] = []
    private var pumpQueued = false
    /// Read every channel's due notifications afresh at the next pump (start, reload, requeue).
    private var rescanAll = true
    /// Notifications were queued since the last pump.
    private var queuedSince = false
    /// When the earliest pending notification not due at the last read falls due.
    private var nextDue: Date?
    private var timer: DispatchSourceTimer?
    private var scheduledAt: Date?

    public init(store: StateStore, configuration: Configuration, secrets: SecretStore, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.secrets = secrets
        self.logger = logger
        let pendingChannels = (try? store.channelsWithPendingNotifications()) ?? []
        rebuildChannels(also: pendingChannels)
    }

    /// Uses a reloaded configuration for what is delivered from now on.
    public func update(configuration: Configuration, secrets: SecretStore) {
        queue.async { [self] in
            self.configuration = configuration
            self.secrets = secrets
            rebuildChannels(also: Set(channels.keys))
            rescanAll = true
            pump()
        }
    }

    /// Looks for due notifications now (after a commit queued some).
    public func wake() {
        queue.async { [self] in
            queuedSince = true
            pump()
        }
    }

    /// Reads every channel's due notifications afresh (after a dead one was requeued).
    public func rescan() {
        queue.async { [self] in
            rescanAll = true
            pump()
        }
    }

    /// Sends one test message through `channel` to `person` now, outside the outbox, and returns the channel's answer.
    public func test(channel: String, person: Person, completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void) {
        queue.async { [self] in
            let notification = OutboundNotification(
                key: "test/\(UUID().uuidString)", alertID: 0, level: 0, recipient: person.id, channel: channel,
                text: "【dutyd】测试消息：\(person.name)，这是一条来自 dutyd 的测试通知，无需处理。",
                fields: ["name": person.name, "phone": person.phone, "unit": configuration.tree[person.unit]?.name ?? person.unit, "kind": "测试", "summary": "测试消息"],
                createdAt: Date())
            guard let sender = channels[channel]?.sender else { return completion(.failure(DeliveryError("no channel \"\(channel)\""))) }
            sender.deliver(notification, to: person, on: deliveries, completion: completion)
        }
    }

    /// One queue per configured channel and the journal, keeping what is in flight and the
    /// rate windows of those that stay; `also` names channels that may still have notifications.
    private func rebuildChannels(also others: Set<String>) {
        var fresh: [String: ChannelQueue] = [:]
        for definition in [Self.builtInLimits(ChannelDefinition.journalID)] + configuration.channels {
            fresh[definition.id] = ChannelQueue(limits: definition, sender: sender(for: definition))
        }
        for id in others where fresh[id] == nil {
            fresh[id] = ChannelQueue(limits: Self.builtInLimits(id))
        }
        for (id, old) in channels {
            fresh[id]?.inFlight = old.inFlight
            fresh[id]?.window = old.window
            fresh[id]?.highestRead = old.highestRead
        }
        channels = fresh
    }

    /// The limits of the built-in journal, and of a channel no longer configured (its notifications fail and are retried).
    private static func builtInLimits(_ id: String) -> ChannelDefinition {
        ChannelDefinition(id: id, target: .command(argv: []), timeout: .seconds(5), concurrency: 16, ratePerMinute: 6_000, maxAttempts: 3)
    }

    private func pump() {
        record()
        let now = Date.nowToTheMillisecond()
        do {
            if rescanAll || nextDue.map({ $0 <= now }) == true {
                for id in Array(channels.keys) { try refill(id, by: now) }
                nextDue = try store.nextNotificationDue(after: now)
                rescanAll = false
                queuedSince = false
            } else if queuedSince {
                // Notifications are due when queued. Reading a second ahead takes one committed after
                // this pump took its `now` (or across a small clock step), which would otherwise look
                // like a later deadline and make the next pump read every channel afresh.
                let horizon = now.addingTimeInterval(1)
                for id in Array(channels.keys) where !channels[id]!.moreInStore {
                    let read = try store.dueNotifications(on: id, by: horizon, after: channels[id]!.highestRead, limit: Self.batch)
                    logger.debug("outbox: read \(read.count) newly queued notifications of channel \(id)")
                    channels[id]!.append(read, limit: Self.batch)
                }
                nextDue = [nextDue, try store.nextNotificationDue(after: horizon)].compactMap { $0 }.min()
                queuedSince = false
            }
        } catch {
            logger.error("cannot read the notification outbox: \(error)", metadata: ["event": "notification_failed"])
            rescanAll = true
            return schedule(at: now.addingTimeInterval(5))
        }
        let uptime = DispatchTime.now().uptimeNanoseconds
        var earliestRetry = nextDue
        for id in Array(channels.keys) {
            let limits = channels[id]!.limits
            while channels[id]!.inFlight.count < limits.concurrency {
                if !channels[id]!.hasWaiting && channels[id]!.moreInStore {
                    do { try refill(id, by: now) } catch {
                        earliestRetry = min(earliestRetry ?? .distantFuture, now.addingTimeInterval(5))
                        break
                    }
                }
                guard channels[id]!.hasWaiting else { break }
                guard channels[id]!.window.count(at: uptime) < limits.ratePerMinute else {
                    let release = channels[id]!.window.nextRelease ?? uptime
                    earliestRetry = min(earliestRetry ?? .distantFuture, now.addingTimeInterval(Double(release - min(release, uptime)) / 1e9 + 0.001))
                    break
                }
                start(channels[id]!.next()!, on: id, uptime: uptime)
            }
        }
        // Entries held back by a busy channel are picked up when a delivery finishes (finish pumps).
        if let earliestRetry { schedule(at: earliestRetry) }
    }

    /// Reads the channel's due notifications afresh, leaving out those in flight; records what
    /// finished first (a channel no longer configured fails at once), so it is not read again.
    private func refill(_ id: String, by now: Date) throws {
        record()
        let limit = Self.batch + channels[id]!.inFlight.count
        let read = try store.dueNotifications(on: id, by: now, limit: limit)
        logger.debug("outbox: read \(read.count) due notifications of channel \(id)")
        channels[id]!.replaceWaiting(with: read, limit: limit)
    }

    private func start(_ entry: OutboxEntry, on channel: String, uptime: UInt64) {
        channels[channel]!.inFlight.insert(entry.id)
        channels[channel]!.window.record(uptime)
        let limits = channels[channel]!.limits
        guard let sender = channels[channel]!.sender else {
            return finish(entry, limits: limits, result: .failure(DeliveryError("channel \"\(channel)\" is no longer configured")))
        }
        sender.deliver(entry.notification, to: configuration.person(entry.notification.recipient), on: deliveries) { [self] result in
            queue.async { [self] in finish(entry, limits: limits, result: result) }
        }
    }

    /// Notes a finished delivery; it is recorded, with its group, before the next delivery starts.
    private func finish(_ entry: OutboxEntry, limits: ChannelDefinition, result: Result<String, DeliveryError>) {
        let channel = entry.notification.channel
        channels[channel]?.inFlight.remove(entry.id)
        let now = Date.nowToTheMillisecond()
        let attempt = entry.attempts + 1
        var metadata: Logger.Metadata = [
            "event": "notification_delivered", "alert": "\(entry.notification.alertID)", "level": "\(entry.notification.level)",
            "recipient": "\(entry.notification.recipient)", "channel": "\(channel)", "notification": "\(entry.notification.key)",
        ]
        let logger = logger
        switch result {
        case .success(let answer):
            finished.append((DeliveryOutcome(id: entry.id, at: now, result: .delivered), {
                if channel != ChannelDefinition.journalID {
                    logger.info("notification \(entry.id) to \(entry.notification.fields["name"] ?? entry.notification.recipient) via \(channel) delivered (\(answer))", metadata: metadata)
                }
            }))
        case .failure(let error):
            let retryAt = attempt < limits.maxAttempts ? now + limits.retry.delay(afterAttempt: attempt, jitter: Double.random(in: 0..<1)) : nil
            if let retryAt { nextDue = min(nextDue ?? retryAt, retryAt) }
            metadata["event"] = retryAt == nil ? "notification_dead" : "notification_failed"
            let outcome = retryAt.map { "retry at \(WallClock(zoneIdentifier: configuration.daemon.timeZone).readable($0))" } ?? "parked as a dead letter after \(attempt) attempts (dutyctl outbox retry \(entry.id))"
            finished.append((DeliveryOutcome(id: entry.id, at: now, result: .failed(error: error.description, retryAt: retryAt)), {
                logger.log(level: retryAt == nil ? .error : .warning, "notification \(entry.id) via \(channel) failed (attempt \(attempt)): \(error); \(outcome)", metadata: metadata)
            }))
        }
        guard !pumpQueued else { return }
        pumpQueued = true
        queue.async { [self] in
            pumpQueued = false
            pump()
        }
    }

    /// Writes the finished deliveries in one transaction, then logs them.
    private func record() {
        guard !finished.isEmpty else { return }
        let group = finished
        finished = []
        do {
            try store.record(group.map(\.outcome))
            logger.debug("outbox: recorded \(group.count) finished deliveries in one transaction")
            for item in group { item.log() }
        } catch {
            logger.error("cannot record the delivery of \(group.count) notifications: \(error)", metadata: ["event": "notification_failed"])
            rescanAll = true
        }
    }

    /// Pumps at `date`, unless a pump is already set for before then.
    private func schedule(at date: Date) {
        if let scheduledAt, scheduledAt <= date, scheduledAt > Date() { return }
        timer?.cancel()
        scheduledAt = date
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(wallDeadline: DispatchWallTime(date: date))
        timer.setEventHandler { [unowned self] in
            scheduledAt = nil
            pump()
        }
        timer.resume()
        self.timer = timer
    }

    private func sender(for definition: ChannelDefinition) -> ChannelSender? {
        if definition.id == ChannelDefinition.journalID { return JournalSender(logger: logger) }
        switch definition.target {
        case .command(let argv): return CommandSender(argv: argv, timeout: definition.timeout)
        case .webhook(let format, let url, let signing):
            return WebhookSender(format: format, urlSecret: url, signingSecret: signing, timeout: definition.timeout, concurrency: definition.concurrency, secrets: secrets)
        case .email(let sendmail, let from): return EmailSender(sendmail: sendmail, from: from, timeout: definition.timeout)
        }
    }
}

/// The built-in `journal` channel: every notification is also a journal entry.
struct JournalSender: BlockingChannelSender {
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
