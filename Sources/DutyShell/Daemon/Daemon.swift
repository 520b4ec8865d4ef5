import Dispatch
import DutyCore
import DutyProtocol
import Foundation
import Glibc
import Logging
import Synchronization

/// The engine: owns the daemon's state (`DutyState`), runs commands and checks through it, and
/// carries out the `Effects` they return.
///
/// An actor whose executor is its Dispatch queue (`QueueExecutor`): the timers fire on that queue
/// and enter the actor, and control-socket calls reach it through the same queue in order. The
/// watchdog is pinged from that queue too, so a stuck engine stops the pings.
///
/// Group commit: a change is applied to the state at once, in order, and its effects join
/// `batch`; the batch is committed in one transaction when no control-socket change is waiting
/// for the queue (`changesWaiting`) or it holds `batchLimit` changes. Replies wait in
/// `repliesAwaitingCommit` until then; then come the journal entries, watchers, notifications and
/// the replies. So a reply still means committed, the history is chained in the order the
/// changes were made, and clients that change state at once share one disk flush.
public actor Daemon {
    nonisolated let executor = QueueExecutor(label: "dutyd.engine")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    nonisolated var queue: DispatchQueue { executor.queue }
    nonisolated let logger: Logger
    let configPath: String
    let loader: ConfigLoader
    nonisolated let notifier = SystemdNotifier()
    nonisolated let store: StateStore
    nonisolated let outbox: OutboxWorker
    nonisolated let server: ControlServer
    nonisolated let startedAt: Date
    /// Ends when the engine has stopped: cleanly after `stop`, or with the error of a failed commit.
    nonisolated let stopped = Completion()
    /// The configuration and the books: changed only through `run` and `checkDue`, whose effects are committed.
    private(set) var state: DutyState
    var loaded: LoadedConfiguration
    /// Set once the engine stops or a commit fails: no change is run or committed after it.
    var halted = false
    var checkTimer: DispatchSourceTimer?
    var wakeTimer: DispatchSourceTimer?
    /// When the wake-up timer fires: the earliest deadline the books know.
    var nextWakeup: Date?
    var watchdogTimer: DispatchSourceTimer?
    /// The chain head committed and not yet anchored in the journal, and when the last anchor was written.
    var pendingAnchor: HistoryAnchor?
    var lastAnchorAt: ContinuousClock.Instant?
    var anchorTimer: DispatchSourceTimer?
    /// Writes the anchors to the journal whenever journald runs, wherever the other entries go.
    nonisolated let anchorLogger: Logger
    var nextCheck: Date
    /// What the status line last sent to systemd showed.
    var statusLineSent: StatusLineInputs?
    /// Clients of `io.dutyd.Watch`.
    private var watchers: [ReplyChannel] = []
    /// Effects of changes applied to the state and not yet committed, oldest first.
    private(set) var batch: [Effects] = []
    /// Replies to send once `batch` is committed.
    private var repliesAwaitingCommit: [() -> Void] = []
    /// Control-socket changes handed to `queue` and not yet run: while there are any, the batch waits for them.
    private nonisolated let changesWaiting = Atomic<Int>(0)
    /// What `Status` and the methods that read only the database see: published after every commit, check and reload.
    nonisolated let statusBoard: Mutex<StatusBoard>
    /// The most changes one transaction holds.
    static let batchLimit = 256

    /// Loads the configuration, opens the state, binds the socket, starts the timers and tells systemd it is ready.
    ///
    /// Throws `ConfigErrors` for a bad configuration, and other errors when the state or socket cannot be opened.
    public static func start(configPath: String, loader: ConfigLoader, logger: Logger) throws -> Daemon {
        signal(SIGPIPE, SIG_IGN)
        let now = Date()
        let loaded = try loader.load(path: configPath, now: now)
        let store = try StateStore(directory: loaded.stateDirectory)
        let previous = try store.recordStart(at: now, version: DutydVersion.current, pid: getpid())
        let state = DutyState(
            configuration: loaded.configuration, alerts: try store.loadAlertBook(), duty: try store.loadDutyBook(now: now),
            hazards: try store.loadHazardBook(settings: loaded.configuration.hazards))
        let outbox = OutboxWorker(store: store, configuration: loaded.configuration, secrets: loaded.secrets, logger: logger)
        let settings = loaded.configuration.daemon
        let server = try ControlServer(
            path: loaded.controlSocket, mode: settings.socketMode, adminGroup: settings.adminGroup, timeout: settings.controlTimeout,
            activated: SocketActivation.listeningUnixSocket(), logger: logger)
        let daemon = Daemon(configPath: configPath, loader: loader, logger: logger, store: store, outbox: outbox, server: server, state: state, loaded: loaded, now: now)
        daemon.queue.sync {
            daemon.assumeIsolated { daemon in
                server.start(handler: RouteTable(daemon: daemon))
                daemon.scheduleChecks()
                daemon.startWatchdog()
                daemon.logStart(previous: previous)
                daemon.logDataNotices(loaded)
                daemon.catchUp(previous: previous)
                outbox.wake()
                daemon.notifier.ready(status: daemon.statusLine())
            }
        }
        return daemon
    }

    private init(
        configPath: String, loader: ConfigLoader, logger: Logger, store: StateStore, outbox: OutboxWorker, server: ControlServer, state: DutyState,
        loaded: LoadedConfiguration, now: Date
    ) {
        self.configPath = configPath
        self.loader = loader
        self.logger = logger
        self.anchorLogger = JournalWriter.isAvailable ? Logger(label: "dutyd.audit") { _ in JournalLogHandler(logLevel: .info) } : logger
        self.store = store
        self.outbox = outbox
        self.server = server
        self.state = state
        self.loaded = loaded
        LogClock.use(loaded.clock)
        self.startedAt = now
        let nextCheck = now + loaded.configuration.daemon.checkInterval
        self.nextCheck = nextCheck
        self.statusBoard = Mutex(StatusBoard(source: StatusSource(loaded: loaded, nextCheck: nextCheck, openAlerts: state.alerts.openCount)))
    }

    /// Handles everything due by `now` and commits it; returns the alert events.
    @discardableResult
    func checkDue(now: Date) -> [AlertEvent] {
        let effects = state.check(now: now)
        execute(effects)
        return effects.change.events
    }

    /// Runs a command through the core and hands its effects to the group commit; the reply waits for the commit.
    func run(_ command: Command) -> Result<CommandReply, CommandError> {
        let (effects, result) = state.handle(command, now: Date.nowToTheMillisecond())
        execute(effects)
        return result
    }

    /// Takes a reloaded configuration into the state; returns the next deadline.
    func reconfigure(_ configuration: Configuration) -> Date? {
        state.reconfigure(configuration)
    }

    /// Carries out what the core decided: a change joins the batch (committed unless a
    /// control-socket change is waiting to join it); effects without one are done at once.
    private func execute(_ effects: Effects) {
        guard !halted else { return }
        guard !effects.change.isEmpty else {
            for entry in effects.journal { logger.journal(entry) }
            return scheduleWakeup(effects.nextWakeup)
        }
        batch.append(effects)
        commitUnlessMoreWaiting()
    }

    /// Commits the batch, unless a control-socket change is waiting and the batch has room for it.
    func commitUnlessMoreWaiting() {
        if changesWaiting.load(ordering: .relaxed) == 0 || batch.count >= Self.batchLimit { commitBatch() }
    }

    /// Commits the batch in one transaction, then writes its journal entries, tells watchers,
    /// wakes the outbox, re-arms the wake-up timer and sends the replies that waited for it.
    ///
    /// The state was already changed; if the commit fails, the engine halts (the replies unsent)
    /// and the daemon stops rather than run on with memory ahead of disk: a restart resumes from
    /// the last committed state.
    func commitBatch() {
        let (changes, replies) = (batch, repliesAwaitingCommit)
        (batch, repliesAwaitingCommit) = ([], [])
        if !changes.isEmpty {
            do {
                if let head = try store.commit(changes.map(\.change)) { anchor(head) }
            } catch {
                logger.journal(.daemonStopping, .critical, "cannot commit to \(store.path): \(error); stopping so that a restart resumes from the last committed state")
                halted = true
                stopped.finish(.failure(error))
                return
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

    /// Runs `reply` once everything changed so far is committed: now, or right after the batch's commit.
    func whenCommitted(_ reply: @escaping () -> Void) {
        if batch.isEmpty { reply() } else { repliesAwaitingCommit.append(reply) }
    }

    /// Runs `body` on the engine, in the order calls arrive.
    nonisolated func enqueue(_ body: @escaping @Sendable (isolated Daemon) -> Void) {
        queue.async { self.assumeIsolated { body($0) } }
    }

    /// Runs a change from the control socket on the engine, counted from before it is queued so
    /// that the batch waits for it; the batch is committed after it unless more are waiting.
    nonisolated func runChange(_ body: @escaping @Sendable (isolated Daemon) -> Void) {
        changesWaiting.add(1, ordering: .relaxed)
        enqueue { daemon in
            daemon.changesWaiting.subtract(1, ordering: .relaxed)
            guard !daemon.halted else { return }
            body(daemon)
            daemon.commitUnlessMoreWaiting()
        }
    }

    /// Subscribes a `Watch` client; the first reply confirms it.
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

    /// Logs the start, saying how the previous run ended.
    private func logStart(previous: StateStore.PreviousRun?) {
        let clock = loaded.clock
        let history: String
        switch previous {
        case nil: history = "first start on this state"
        case let run? where run.stoppedAt != nil: history = "previous run stopped cleanly at \(clock.readable(run.stoppedAt!))"
        case let run?: history = "previous run (started \(clock.readable(run.startedAt))) ended without a clean stop"
        }
        logger.journal(
            .daemonStarted, .notice,
            "dutyd \(DutydVersion.current) started: \(summary(of: loaded.configuration)); \(history); control socket \(loaded.controlSocket)",
            fields: ["config_file": loaded.file, "state_database": store.path, "audit_key": store.auditKeySource.path])
    }

    /// Units, people and policies of a configuration, for the journal.
    func summary(of configuration: DutyCore.Configuration) -> String {
        "\(configuration.tree.units.count) units, \(configuration.people.count) people, \(configuration.policies.count) policies"
    }
}
