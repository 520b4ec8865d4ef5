import Dispatch
import DutyCore
import Foundation
import Logging

/// Delivers the outbox: picks due notifications, hands them to their channels with per-channel
/// concurrency and rate limits, retries failures with backoff, and parks the hopeless as dead.
///
/// An actor on its own queue (`QueueExecutor`), with deliveries on a concurrent one, so a slow or
/// hung channel blocks neither the checks nor the control socket. State is the database: a restart resumes where it was.
/// Each channel's due notifications are read ahead in batches and kept until they run out or
/// something new is queued. Finished deliveries are recorded in groups: all those finished since
/// the last write in one transaction, written before any further delivery starts, so a crash
/// can send again only those whose answer came in just before it (receivers dedupe by key).
public actor OutboxWorker {
    /// Due notifications read from the store per channel at a time.
    static let batch = 1_000

    private nonisolated let executor = QueueExecutor(label: "dutyd.outbox")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
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
    /// Set while finished deliveries wait for room in the database: nothing more is sent meanwhile.
    private var recordHeld = false
    /// Notifications were queued since the last pump.
    private var queuedSince = false
    /// When the earliest pending notification not due at the last read falls due.
    private var nextDue: Date?
    private var timer: DispatchSourceTimer?
    private var scheduledAt: Date?
    /// Set by `stop`: what to call once the deliveries in flight have finished and are recorded.
    private var drained: (@Sendable () -> Void)?
    private var stopping = false

    public init(store: StateStore, configuration: Configuration, secrets: SecretStore, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.secrets = secrets
        self.logger = logger
        let pendingChannels = (try? store.channelsWithPendingNotifications()) ?? []
        channels = Self.channels(for: configuration, secrets: secrets, logger: logger, keeping: [:], also: pendingChannels)
    }

    /// Runs `body` on the worker, in the order calls arrive.
    private nonisolated func enqueue(_ body: @escaping @Sendable (isolated OutboxWorker) -> Void) {
        executor.queue.async { self.assumeIsolated { body($0) } }
    }

    /// Uses a reloaded configuration for what is delivered from now on.
    public nonisolated func update(configuration: Configuration, secrets: SecretStore) {
        enqueue { worker in
            worker.configuration = configuration
            worker.secrets = secrets
            worker.channels = Self.channels(for: configuration, secrets: secrets, logger: worker.logger, keeping: worker.channels, also: Set(worker.channels.keys))
            worker.rescanAll = true
            worker.pump()
        }
    }

    /// Looks for due notifications now (after a commit queued some).
    public nonisolated func wake() {
        enqueue { worker in
            worker.queuedSince = true
            worker.pump()
        }
    }

    /// Reads every channel's due notifications afresh (after a dead one was requeued).
    public nonisolated func rescan() {
        enqueue { worker in
            worker.rescanAll = true
            worker.pump()
        }
    }

    /// Starts no further delivery; calls `completion` once those in flight have finished and every
    /// finished delivery is recorded.
    public nonisolated func stop(completion: @escaping @Sendable () -> Void) {
        enqueue { worker in
            worker.stopping = true
            worker.drained = completion
            worker.timer?.cancel()
            worker.timer = nil
            worker.pump()
        }
    }

    /// Records what finished and, once nothing is in flight, calls the completion `stop` left.
    private func finishStopping() {
        record()
        guard let drained, channels.values.allSatisfy(\.inFlight.isEmpty) else { return }
        self.drained = nil
        drained()
    }

    /// Sends one test message through `channel` to `person` now, outside the outbox, and returns the channel's answer.
    public nonisolated func test(channel: String, person: Person, completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void) {
        enqueue { worker in worker.sendTest(channel: channel, person: person, completion: completion) }
    }

    private func sendTest(channel: String, person: Person, completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void) {
        let notification = OutboundNotification(
            key: "test/\(UUID().uuidString)", alertID: 0, level: 0, recipient: person.id, channel: channel,
            text: "【dutyd】测试消息：\(person.name)，这是一条来自 dutyd 的测试通知，无需处理。",
            fields: ["name": person.name, "phone": person.phone, "unit": configuration.tree[person.unit]?.name ?? person.unit, "kind": "测试", "summary": "测试消息"],
            createdAt: Date())
        guard let sender = channels[channel]?.sender else { return completion(.failure(DeliveryError("no channel \"\(channel)\""))) }
        sender.deliver(notification, to: person, on: deliveries, completion: completion)
    }

    private func pump() {
        guard !stopping else { return finishStopping() }
        guard record() else { return schedule(at: Date().addingTimeInterval(5)) }
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
            logger.journal(.notificationFailed, .error, "cannot read the notification outbox: \(error)")
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
                    earliestRetry = min(earliestRetry ?? .distantFuture, now + .nanoseconds(release - min(release, uptime)) + .milliseconds(1))
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
        let notification: OutboundNotification
        do {
            let (minted, link) = try LinkMinting.minted(entry.notification, configuration: configuration, store: store, now: Date())
            notification = minted
            if let link {
                logger.journal(
                    .linkIssued, .info, "link \(link.hashPrefix)… issued for \(link.person ?? "") to \(link.subject.kind) \(link.subject.id) with notification \(entry.id)",
                    fields: link.journalFields)
            }
        } catch {
            return finish(entry, limits: limits, result: .failure(DeliveryError("cannot store the link the notification names: \(error)")))
        }
        sender.deliver(notification, to: configuration.person(notification.recipient), on: deliveries) { [self] result in
            enqueue { worker in worker.finish(entry, limits: limits, result: result) }
        }
    }

    /// Notes a finished delivery; it is recorded, with its group, before the next delivery starts.
    private func finish(_ entry: OutboxEntry, limits: ChannelDefinition, result: Result<String, DeliveryError>) {
        let channel = entry.notification.channel
        channels[channel]?.inFlight.remove(entry.id)
        let now = Date.nowToTheMillisecond()
        let attempt = entry.attempts + 1
        let fields = NotificationFields.of(entry.notification)
        let logger = logger
        switch result {
        case .success(let answer):
            finished.append((DeliveryOutcome(id: entry.id, at: now, result: .delivered), {
                if channel != ChannelDefinition.journalID {
                    logger.journal(
                        .notificationDelivered, .info,
                        "notification \(entry.id) to \(entry.notification.fields["name"] ?? entry.notification.recipient) via \(channel) delivered (\(answer))",
                        fields: fields)
                }
            }))
        case .failure(let error):
            let retryAt = attempt < limits.maxAttempts ? now + limits.retry.delay(afterAttempt: attempt, jitter: Double.random(in: 0..<1)) : nil
            if let retryAt { nextDue = min(nextDue ?? retryAt, retryAt) }
            let outcome = retryAt.map { "retry at \(WallClock(zoneIdentifier: configuration.daemon.timeZone).readable($0))" } ?? "parked as a dead letter after \(attempt) attempts (dutyctl outbox retry \(entry.id))"
            finished.append((DeliveryOutcome(id: entry.id, at: now, result: .failed(error: error.description, retryAt: retryAt)), {
                logger.journal(
                    retryAt == nil ? .notificationDead : .notificationFailed, retryAt == nil ? .error : .warning,
                    "notification \(entry.id) via \(channel) failed (attempt \(attempt)): \(error); \(outcome)", fields: fields)
            }))
        }
        guard !pumpQueued else { return }
        pumpQueued = true
        enqueue { worker in
            worker.pumpQueued = false
            worker.pump()
        }
    }

    /// Writes the finished deliveries in one transaction, then logs them. Returns false when the
    /// disk has no room for them (`StorageUnavailable`): they are kept for the next pump (logged
    /// once), so that a delivery not yet recorded is not read as due and sent again.
    @discardableResult
    private func record() -> Bool {
        guard !finished.isEmpty else { return true }
        let group = finished
        finished = []
        do {
            try store.record(group.map(\.outcome))
            recordHeld = false
            logger.debug("outbox: recorded \(group.count) finished deliveries in one transaction")
            for item in group { item.log() }
        } catch {
            if !recordHeld {
                logger.journal(.notificationFailed, .error, "cannot record the delivery of \(group.count) notifications: \(error)")
            }
            guard StorageUnavailable(error) != nil else {
                rescanAll = true
                return true
            }
            finished = group + finished
            recordHeld = true
            return false
        }
        return true
    }

    /// Pumps at `date`, unless a pump is already set for before then.
    private func schedule(at date: Date) {
        if let scheduledAt, scheduledAt <= date, scheduledAt > Date() { return }
        timer?.cancel()
        scheduledAt = date
        let timer = DispatchSource.makeTimerSource(queue: executor.queue)
        timer.schedule(wallDeadline: DispatchWallTime(date: date))
        timer.setEventHandler { [weak self] in
            self?.assumeIsolated { worker in
                worker.scheduledAt = nil
                worker.pump()
            }
        }
        timer.resume()
        self.timer = timer
    }
}
