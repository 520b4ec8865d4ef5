import Dispatch
import DutyCore
import DutyProtocol
import Foundation
import Glibc
import Logging
import Synchronization

/// The running daemon: owns the configuration, the state store, the control socket and the timers.
///
/// Every change to its state happens on `queue`, the loop that runs the checks; the watchdog is
/// pinged from the same queue, so a stuck loop stops the pings and systemd restarts the service.
///
/// Group commit: a change is applied to the books at once, in order, and its `StateChange`
/// joins `batch`; the batch is committed in one transaction when no control-socket change is
/// waiting for the queue (`changesWaiting`) or it holds `batchLimit` changes. Replies made on
/// `queue` wait in `repliesAwaitingCommit` until the batch is committed; then come the journal
/// entries, watchers, notifications and the replies. So a reply still means committed, the
/// history is chained in the order the changes were made, and clients that change state at
/// once share one disk flush.
public final class Daemon: @unchecked Sendable {
    let queue = DispatchQueue(label: "dutyd.engine")
    let logger: Logger
    private let configPath: String
    private let loader: ConfigLoader
    private let notifier = SystemdNotifier()
    let store: StateStore
    let outbox: OutboxWorker
    let startedAt: Date
    /// The configuration and the books: changed only on `queue`, through `run` and `checkDue`, whose effects are committed.
    private(set) var state: DutyState
    private(set) var loaded: LoadedConfiguration
    private var server: ControlServer?
    private var checkTimer: DispatchSourceTimer?
    private var wakeTimer: DispatchSourceTimer?
    /// When the wake-up timer fires: the earliest alert or shift deadline.
    private var nextWakeup: Date?
    /// What the status line last sent to systemd showed.
    private var statusLineSent: StatusLineInputs?
    /// Clients of `io.dutyd.Watch`.
    private var watchers: [ReplyChannel] = []
    private var watchdogTimer: DispatchSourceTimer?
    private var signalSources: [DispatchSourceSignal] = []
    private(set) var nextCheck: Date
    /// Changes applied to the books and not yet committed, oldest first.
    private var batch: [Effects] = []
    /// Replies to send once `batch` is committed.
    private var repliesAwaitingCommit: [() -> Void] = []
    /// Control-socket changes handed to `queue` and not yet run: while there are any, the batch waits for them.
    private let changesWaiting = Atomic<Int>(0)
    /// The most changes one transaction holds.
    static let batchLimit = 256

    /// Loads the configuration, opens the state, binds the socket, starts the timers and tells systemd it is ready.
    ///
    /// Throws `ConfigErrors` for a bad configuration, and other errors when the state or socket cannot be opened.
    public static func start(configPath: String, loader: ConfigLoader, logger: Logger) throws -> Daemon {
        let now = Date()
        let loaded = try loader.load(path: configPath, now: now)
        let store = try StateStore(directory: loaded.stateDirectory)
        let previous = try store.recordStart(at: now, version: DutydVersion.current, pid: getpid())
        let book = try store.loadAlertBook()
        let duty = try store.loadDutyBook(now: now)
        let hazardBook = try store.loadHazardBook(settings: loaded.configuration.hazards)
        let outbox = OutboxWorker(store: store, configuration: loaded.configuration, secrets: loaded.secrets, logger: logger)
        let state = DutyState(configuration: loaded.configuration, alerts: book, duty: duty, hazards: hazardBook)
        let daemon = Daemon(configPath: configPath, loader: loader, logger: logger, store: store, outbox: outbox, state: state, loaded: loaded, now: now)
        let settings = loaded.configuration.daemon
        let server = try ControlServer(
            path: loaded.controlSocket, mode: settings.socketMode, adminGroup: settings.adminGroup, timeout: settings.controlTimeout,
            activated: SocketActivation.listeningUnixSocket())
        daemon.queue.sync {
            daemon.server = server
            server.start(handler: ControlDispatcher(daemon: daemon))
            daemon.installSignalHandlers()
            daemon.scheduleChecks()
            daemon.startWatchdog()
            daemon.logStart(previous: previous)
            daemon.catchUp(previous: previous)
            outbox.wake()
            daemon.notifier.ready(status: daemon.statusLine())
        }
        return daemon
    }

    private init(
        configPath: String, loader: ConfigLoader, logger: Logger, store: StateStore, outbox: OutboxWorker, state: DutyState,
        loaded: LoadedConfiguration, now: Date
    ) {
        self.configPath = configPath
        self.loader = loader
        self.logger = logger
        self.store = store
        self.outbox = outbox
        self.state = state
        self.loaded = loaded
        self.startedAt = now
        let nextCheck = now.addingTimeInterval(loaded.configuration.daemon.checkInterval.timeInterval)
        self.nextCheck = nextCheck
        self.statusBoard = Mutex((StatusSource(loaded: loaded, nextCheck: nextCheck, openAlerts: state.alerts.openCount), nil))
    }

    /// What a `Status` reply is made from besides what never changes while the daemon runs.
    private struct StatusInputs: Equatable {
        /// Changes with every reload, and so stands for the configuration and its clock.
        var loadedAt: Date
        var nextCheck: Date
        var openAlerts: Int
        var pendingNotifications: Int
        var deadNotifications: Int
    }

    /// What `Status` reports of the daemon's own state.
    private struct StatusSource: Sendable {
        var loaded: LoadedConfiguration
        var nextCheck: Date
        var openAlerts: Int
    }

    /// What `Status` reports as `queue` last published it (after every commit, check and
    /// reload, so only what is committed), and the last framed reply with its inputs: `Status`
    /// is answered on the socket's queue from here, without waiting for `queue`, and encoded
    /// again only when something in it changed.
    private let statusBoard: Mutex<(source: StatusSource, last: (inputs: StatusInputs, frame: [UInt8])?)>

    /// Publishes what `Status` reports, unless changes wait to be committed (their commit publishes). Call on `queue`.
    private func publishStatus() {
        guard batch.isEmpty else { return }
        let source = StatusSource(loaded: loaded, nextCheck: nextCheck, openAlerts: state.alerts.openCount)
        statusBoard.withLock { $0.source = source }
    }

    /// The framed reply to `io.dutyd.Status`. Call on any queue.
    func statusFrame() -> Result<[UInt8], VarlinkError> {
        let counts = store.outboxCounts()
        return statusBoard.withLock { board in
            let source = board.source
            let inputs = StatusInputs(
                loadedAt: source.loaded.loadedAt, nextCheck: source.nextCheck, openAlerts: source.openAlerts,
                pendingNotifications: counts.pending, deadNotifications: counts.dead)
            if let last = board.last, last.inputs == inputs { return .success(last.frame) }
            return ControlDispatcher.encode(status(source, outboxCounts: counts)).map { frame in
                board.last = (inputs, frame)
                return frame
            }
        }
    }

    /// The reply to `io.dutyd.Status`.
    private func status(_ source: StatusSource, outboxCounts: (pending: Int, dead: Int)) -> StatusReply {
        let configuration = source.loaded.configuration
        let clock = source.loaded.clock
        return StatusReply(
            version: DutydVersion.current, pid: Int(getpid()), startedAt: clock.iso8601(startedAt),
            configFile: source.loaded.file, configLoadedAt: clock.iso8601(source.loaded.loadedAt), timeZone: configuration.daemon.timeZone,
            stateDatabase: store.path, units: configuration.tree.units.count, people: configuration.people.count,
            policies: configuration.policies.count, openAlerts: source.openAlerts, nextCheck: clock.iso8601(source.nextCheck),
            pendingNotifications: outboxCounts.pending, deadNotifications: outboxCounts.dead)
    }

    /// Re-reads the configuration and swaps it in whole, or keeps the running one when it has errors. Call on `queue`.
    func reload(requestedBy actor: String) -> Result<LoadedConfiguration, ConfigErrors> {
        notifier.reloading()
        defer { notifier.ready(status: statusLine()) }
        do {
            var fresh = try loader.load(path: configPath, now: Date())
            for (name, running, wanted) in [("state directory", loaded.stateDirectory, fresh.stateDirectory), ("control socket", loaded.controlSocket, fresh.controlSocket)] where running != wanted {
                logger.warning("the \(name) changed to \(wanted); it stays \(running) until dutyd restarts", metadata: ["event": "config_loaded"])
            }
            fresh.stateDirectory = loaded.stateDirectory
            fresh.controlSocket = loaded.controlSocket
            let intervalChanged = fresh.configuration.daemon.checkInterval != loaded.configuration.daemon.checkInterval
            loaded = fresh
            outbox.update(configuration: fresh.configuration, secrets: fresh.secrets)
            let wakeup = state.reconfigure(fresh.configuration)
            if intervalChanged { scheduleChecks() }
            scheduleWakeup(wakeup)
            publishStatus()
            logger.notice(
                "configuration reloaded by \(actor): \(summary(of: fresh.configuration))",
                metadata: ["event": "config_loaded", "config_file": "\(fresh.file)", "actor": "\(actor)"])
            return .success(fresh)
        } catch {
            for diagnostic in error.diagnostics {
                logger.error("\(diagnostic)", metadata: ["event": "config_rejected", "config_file": "\(loaded.file)"])
            }
            logger.error(
                "configuration reload requested by \(actor) rejected with \(error.diagnostics.count) error(s); the running configuration stays in force",
                metadata: ["event": "config_rejected", "config_file": "\(loaded.file)", "actor": "\(actor)"])
            return .failure(error)
        }
    }

    /// Tells systemd, closes the socket, records a clean stop and exits. Call on `queue`.
    private func shutdown(reason: String) -> Never {
        commitBatch()
        notifier.stopping()
        logger.notice("stopping on \(reason)", metadata: ["event": "daemon_stopping"])
        checkTimer?.cancel()
        wakeTimer?.cancel()
        watchdogTimer?.cancel()
        server?.stop()
        do {
            try store.recordStop(at: Date())
        } catch {
            logger.error("could not record the clean stop in \(store.path): \(error)", metadata: ["event": "daemon_stopping"])
        }
        exit(0)
    }

    /// The periodic check, or the one the wake-up timer runs for the deadline `scheduled` (or for when
    /// that deadline became known, if it was already past). Call on `queue`.
    ///
    /// Logs (at debug level) how long the check took and, when woken for a deadline, how late it
    /// started: the figures bench/province.sh reads.
    private func runCheck(scheduled: Date? = nil) {
        let started = Date()
        let clock = ContinuousClock()
        let begun = clock.now
        let now = Date.nowToTheMillisecond()
        nextCheck = now.addingTimeInterval(loaded.configuration.daemon.checkInterval.timeInterval)
        let handled = checkDue(now: now)
        publishStatus()
        updateStatusLine()
        let duration = (clock.now - begun) / .milliseconds(1)
        var metadata: Logger.Metadata = ["event": "check_completed", "transitions": "\(handled.count)", "duration_ms": "\(duration)"]
        if let scheduled { metadata["lateness_ms"] = "\(started.timeIntervalSince(scheduled) * 1000)" }
        logger.debug("check completed: \(handled.count) transition(s) in \(String(format: "%.1f", duration)) ms", metadata: metadata)
    }

    /// Handles everything due by `now` and commits it; returns the alert events. Call on `queue`.
    @discardableResult
    func checkDue(now: Date) -> [AlertEvent] {
        let effects = state.check(now: now)
        execute(effects)
        return effects.change.events
    }

    /// Runs a command through the core and hands its effects to the group commit; the reply waits for the commit. Call on `queue`.
    func run(_ command: Command) -> Result<CommandReply, CommandError> {
        let (effects, result) = state.handle(command, now: Date.nowToTheMillisecond())
        execute(effects)
        return result
    }

    /// Carries out what the core decided: a change joins the batch (committed unless a
    /// control-socket change is waiting to join it); effects without one are done at once. Call on `queue`.
    private func execute(_ effects: Effects) {
        guard !effects.change.isEmpty else {
            for entry in effects.journal { logger.journal(entry) }
            return scheduleWakeup(effects.nextWakeup)
        }
        batch.append(effects)
        commitUnlessMoreWaiting()
    }

    /// Commits the batch, unless a control-socket change is waiting and the batch has room for it. Call on `queue`.
    func commitUnlessMoreWaiting() {
        if changesWaiting.load(ordering: .relaxed) == 0 || batch.count >= Self.batchLimit { commitBatch() }
    }

    /// Commits the batch in one transaction, then logs it, tells watchers, wakes the outbox,
    /// re-arms the wake-up timer and sends the replies that waited for it. Call on `queue`.
    ///
    /// The books were already changed; if the commit fails, the daemon stops rather than run on
    /// with memory ahead of disk, and the restart reloads the last committed state.
    func commitBatch() {
        let (changes, replies) = (batch, repliesAwaitingCommit)
        (batch, repliesAwaitingCommit) = ([], [])
        if !changes.isEmpty {
            do {
                try store.commit(changes.map(\.change))
            } catch {
                logger.critical("cannot commit to \(store.path): \(error); stopping so that a restart resumes from the last committed state", metadata: ["event": "daemon_stopping"])
                exit(1)
            }
            for effects in changes {
                for entry in effects.journal { logger.journal(entry) }
                broadcast(effects.watch)
            }
            if changes.contains(where: { !$0.notifications.isEmpty }) { outbox.wake() }
            scheduleWakeup(changes.last?.nextWakeup)
            publishStatus()
            updateStatusLine()
        }
        for reply in replies { reply() }
    }

    /// Runs `reply` once everything changed so far is committed: now, or right after the batch's commit. Call on `queue`.
    func whenCommitted(_ reply: @escaping () -> Void) {
        if batch.isEmpty { reply() } else { repliesAwaitingCommit.append(reply) }
    }

    /// Runs a change from the control socket on `queue`, counted from before it is queued so
    /// that the batch waits for it; the batch is committed after it unless more are waiting.
    func runChange(_ body: @escaping @Sendable (Daemon) -> Void) {
        changesWaiting.add(1, ordering: .relaxed)
        queue.async { [self] in
            changesWaiting.subtract(1, ordering: .relaxed)
            body(self)
            commitUnlessMoreWaiting()
        }
    }

    /// Subscribes a `Watch` client; the first reply confirms it. Call on `queue`.
    func addWatcher(_ channel: ReplyChannel) {
        guard let confirmation = try? VarlinkCoding.frame(VarlinkReply(parameters: WatchReply(event: nil), continues: true)) else { return }
        if channel.send(confirmation, continues: true) { watchers.append(channel) }
    }

    /// Streams events to every watcher, forgetting those that went away.
    private func broadcast(_ events: [WatchedEvent]) {
        guard !watchers.isEmpty else { return }
        let presenter = AlertPresenter(configuration: loaded.configuration, clock: loaded.clock)
        let frames = events.compactMap { watched in
            try? VarlinkCoding.frame(VarlinkReply(parameters: WatchReply(event: presenter.event(watched.event, of: watched.alert)), continues: true))
        }
        watchers.removeAll { channel in !frames.allSatisfy { channel.send($0, continues: true) } }
    }

    /// Runs the first check at start: what fell due while the daemon was down is handled now, once.
    private func catchUp(previous: StateStore.PreviousRun?) {
        let events = checkDue(now: Date.nowToTheMillisecond())
        commitBatch()
        let missed = events.filter { ($0.dueAt ?? startedAt) < startedAt }
        guard !missed.isEmpty else { return }
        let since = previous.map { " (previous run started \(loaded.clock.readable($0.startedAt)))" } ?? ""
        logger.notice(
            "caught up after restart: \(missed.count) escalation(s) fell due while dutyd was down\(since)",
            metadata: ["event": "caught_up", "count": "\(missed.count)"])
    }

    /// Arms a one-shot timer for the next known deadline, so nothing waits for the periodic tick.
    /// A timer armed for the same deadline stays, so that a commit that moves no deadline does not re-arm it.
    private func scheduleWakeup(_ due: Date?) {
        if wakeTimer != nil, due == nextWakeup { return }
        wakeTimer?.cancel()
        wakeTimer = nil
        nextWakeup = due
        guard let due else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(wallDeadline: DispatchWallTime(date: due), leeway: .milliseconds(5))
        // A deadline already past when it became known (a restart, an imported overdue hazard) is
        // late from then on: the check's lateness counts from when the timer was armed.
        let scheduled = max(due, Date())
        timer.setEventHandler { [unowned self] in
            wakeTimer?.cancel()
            wakeTimer = nil
            runCheck(scheduled: scheduled)
        }
        timer.resume()
        wakeTimer = timer
    }

    private func scheduleChecks() {
        checkTimer?.cancel()
        let interval = loaded.configuration.daemon.checkInterval
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(wallDeadline: .now() + interval.timeInterval, repeating: interval.timeInterval, leeway: .milliseconds(100))
        timer.setEventHandler { [unowned self] in runCheck() }
        timer.resume()
        checkTimer = timer
        nextCheck = Date().addingTimeInterval(interval.timeInterval)
        publishStatus()
    }

    private func startWatchdog() {
        guard let interval = notifier.watchdogPingInterval() else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now(), repeating: interval.timeInterval)
        timer.setEventHandler { [notifier] in notifier.watchdogPing() }
        timer.resume()
        watchdogTimer = timer
    }

    private func installSignalHandlers() {
        let handlers: [(Int32, (Daemon) -> Void)] = [
            (SIGHUP, { _ = $0.reload(requestedBy: "SIGHUP") }),
            (SIGTERM, { $0.shutdown(reason: "SIGTERM") }),
            (SIGINT, { $0.shutdown(reason: "SIGINT") }),
        ]
        signal(SIGPIPE, SIG_IGN)
        for (number, action) in handlers {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in action(self) }
            source.resume()
            signalSources.append(source)
        }
    }

    private func logStart(previous: StateStore.PreviousRun?) {
        let clock = loaded.clock
        let history: String
        switch previous {
        case nil: history = "first start on this state"
        case let run? where run.stoppedAt != nil: history = "previous run stopped cleanly at \(clock.readable(run.stoppedAt!))"
        case let run?: history = "previous run (started \(clock.readable(run.startedAt))) ended without a clean stop"
        }
        logger.notice(
            "dutyd \(DutydVersion.current) started: \(summary(of: loaded.configuration)); \(history); control socket \(loaded.controlSocket)",
            metadata: ["event": "daemon_started", "config_file": "\(loaded.file)", "state_database": "\(store.path)"])
    }

    /// What the status line shows.
    private struct StatusLineInputs: Equatable {
        var units: Int
        var openAlerts: Int
        var nextCheck: Date
        var nextWakeup: Date?
    }

    /// Tells systemd the status line, when it listens and the line changed since it was last told. Call on `queue`.
    private func updateStatusLine() {
        guard notifier.isListening else { return }
        let inputs = StatusLineInputs(units: loaded.configuration.tree.units.count, openAlerts: state.alerts.openCount, nextCheck: nextCheck, nextWakeup: nextWakeup)
        guard inputs != statusLineSent else { return }
        statusLineSent = inputs
        notifier.status(statusLine())
    }

    /// The one-line summary systemd shows as the service status.
    func statusLine() -> String {
        let wake = nextWakeup.map { "; next deadline \(loaded.clock.readable($0))" } ?? ""
        return "\(loaded.configuration.tree.units.count) units, \(state.alerts.openCount) open alerts; next check \(loaded.clock.readable(nextCheck))\(wake)"
    }

    private func summary(of configuration: DutyCore.Configuration) -> String {
        "\(configuration.tree.units.count) units, \(configuration.people.count) people, \(configuration.policies.count) policies"
    }
}

extension Duration {
    /// The duration in seconds, for Dispatch and Foundation APIs.
    var timeInterval: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension DispatchWallTime {
    /// The wall-clock deadline for `date`.
    init(date: Date) {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        self.init(timespec: timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1e9)))
    }
}
