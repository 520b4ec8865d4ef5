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
///
/// When a commit fails for lack of room (`StorageUnavailable`), the engine stays up in the
/// storage-unavailable mode (`Daemon+Storage.swift`): changes are refused and leave the state as
/// the database has it, checks go on in memory and wait in the batch, and a retry commits them.
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
    /// The engine's wall and monotonic clocks: the system's, or a test's.
    nonisolated let clock: any DaemonClock
    /// Notices wall-clock steps between the engine's wake-ups.
    var clockSteps = ClockStepDetector()
    /// Ends when the engine has stopped: cleanly after `stop`, or with the error of a failed commit.
    nonisolated let stopped = Completion()
    /// The configuration and the books: changed only through `run` and `checkDue`, whose effects are committed; `loaded` follows its roster (swapped).
    private(set) var state: DutyState { didSet { loaded.configuration.roster = state.configuration.roster } }
    /// Replies to changes by idempotency key (`Daemon+Idempotency.swift`).
    var replies: IdempotencyBook
    /// Set while a change and the reply kept for its key join the batch, which is not committed between them.
    var holdingCommit = false
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
    /// The first diagnostic of the last refused reload and their number, for the status line; nil after a good one.
    var reloadRefused: (first: String, count: Int)?
    /// Clients of `io.dutyd.Watch`.
    private var watchers: [ReplyChannel] = []
    /// Effects of changes applied to the state and not yet committed, oldest first.
    var batch: [Effects] = []
    /// Replies to send once `batch` is committed, or told why it could not be.
    private var repliesAwaitingCommit: [(StorageUnavailable?) -> Void] = []
    /// Commands whose change is in `batch`: when a commit fails they are rolled back, checks are kept.
    var commandsInBatch = 0
    /// Changes from commands ever made or refused: a ticket taken before a command tells whether it changed anything.
    var changeCount = 0
    /// The last rollback: changes up to `through` (`changeCount`) were undone and answered `failure`.
    var lastRollback: (through: Int, failure: StorageUnavailable)?
    /// Set while the state database cannot be written: why, since when, and the retry.
    var outage: StorageOutage?
    /// The units (and the user) the control-socket change now running is limited to, for a scoped administrator.
    var scope: (roots: [String], user: String)?
    /// Control-socket changes handed to `queue` and not yet run: while there are any, the batch waits for them.
    private nonisolated let changesWaiting = Atomic<Int>(0)
    /// What `Status` and the methods that read only the database see: published after every commit, check and reload.
    nonisolated let statusBoard: Mutex<StatusBoard>
    /// The most changes one transaction holds.
    static let batchLimit = 256

    /// Loads the configuration, opens the state, binds the socket, starts the timers and tells systemd it is ready.
    ///
    /// Throws `ConfigErrors` for a bad configuration, and other errors when the state or socket cannot be opened.
    public static func start(configPath: String, loader: ConfigLoader, logger: Logger, clock: any DaemonClock = SystemClock()) throws -> Daemon {
        signal(SIGPIPE, SIG_IGN)
        let now = clock.wall()
        let loaded = try loader.load(path: configPath, now: now)
        let store = try StateStore(directory: loaded.stateDirectory)
        let (previous, startFailure) = try store.recordStartUnlessFull(at: now, version: DutydVersion.current, pid: getpid())
        let state = try store.loadState(configuration: loaded.configuration, now: now)
        let replies = try store.loadIdempotencyBook(now: now)
        let outbox = OutboxWorker(store: store, configuration: loaded.configuration, secrets: loaded.secrets, logger: logger)
        let settings = loaded.configuration.daemon
        let server = try ControlServer(path: loaded.controlSocket, settings: settings, activated: SocketActivation.listeningUnixSocket(), logger: logger)
        let daemon = Daemon(
            configPath: configPath, loader: loader, logger: logger, store: store, outbox: outbox, server: server, state: state, replies: replies,
            loaded: loaded, clock: clock, now: now)
        daemon.queue.sync {
            daemon.assumeIsolated { daemon in
                server.start(handler: RouteTable(daemon: daemon))
                daemon.scheduleChecks()
                daemon.startWatchdog()
                daemon.logStart(previous: previous)
                daemon.logDataNotices(loaded)
                if let startFailure { daemon.startedWithoutStorage(startFailure) }
                daemon.catchUp(previous: previous)
                outbox.wake()
                daemon.notifier.ready(status: daemon.statusLine())
            }
        }
        return daemon
    }

    private init(
        configPath: String, loader: ConfigLoader, logger: Logger, store: StateStore, outbox: OutboxWorker, server: ControlServer, state: DutyState,
        replies: IdempotencyBook, loaded: LoadedConfiguration, clock: any DaemonClock, now: Date
    ) {
        self.configPath = configPath
        self.loader = loader
        self.logger = logger
        self.anchorLogger = JournalWriter.isAvailable ? Logger(label: "dutyd.audit") { _ in JournalLogHandler(logLevel: .info) } : logger
        self.store = store
        self.outbox = outbox
        self.server = server
        self.state = state
        self.replies = replies
        self.loaded = loaded
        self.clock = clock
        LogClock.use(loaded.clock)
        self.startedAt = now
        let nextCheck = now + loaded.configuration.daemon.checkInterval
        self.nextCheck = nextCheck
        self.statusBoard = Mutex(StatusBoard(source: StatusSource(loaded: loaded, nextCheck: nextCheck, openAlerts: state.alerts.openCount)))
    }

    /// Handles everything due by `now` and commits it; returns the alert events. Daily reports sent
    /// now count the incidents' follow-ups read from the history (none when it cannot be read).
    @discardableResult
    func checkDue(now: Date) -> [AlertEvent] {
        let followUps = state.dailySendDue(now: now) ? (try? DailyMethods.followUps(under: nil, state: state, store: store)) ?? [:] : [:]
        let effects = state.check(now: now, followUps: followUps)
        execute(effects)
        return effects.change.events
    }

    /// Runs a command through the core and hands its effects to the group commit; the reply waits for the commit.
    ///
    /// While the database cannot be written, the command runs on a copy: a refusal or a change of
    /// nothing is answered as usual, a change is dropped and answered `StorageUnavailable`
    /// (through `whenCommitted(changesAfter:)`).
    func run(_ command: Command) -> Result<CommandReply, CommandError> {
        if let refusal = outOfScope(command) { return .failure(refusal) }
        let now = clock.wall()
        if let outage { return refuseChange(command, now: now, failure: outage.failure) }
        let (effects, result) = state.handle(command, now: now)
        if !effects.change.isEmpty {
            changeCount += 1
            commandsInBatch += 1
        }
        execute(effects)
        return result
    }

    /// Replaces the books with what the database holds, keeping the running configuration: after a
    /// failed commit, so that memory again equals the disk.
    func reloadBooks(now: Date) throws {
        state = try store.loadState(configuration: state.loadedConfiguration, now: now)
        replies = try store.loadIdempotencyBook(now: now)
    }

    /// Takes a (re)loaded configuration into the state and carries out what it cancels (swaps whose shift it lacks).
    func reconfigure(_ configuration: Configuration) {
        execute(state.reconfigure(configuration, now: clock.wall()))
    }

    /// Carries out what the core decided: a change joins the batch (committed unless a
    /// control-socket change is waiting to join it); effects without one are done at once.
    func execute(_ effects: Effects) {
        guard !halted else { return }
        guard !effects.change.isEmpty else {
            for entry in effects.journal { logger.journal(entry) }
            return scheduleWakeup(effects.nextWakeup)
        }
        batch.append(effects)
        if outage != nil { return scheduleWakeup(effects.nextWakeup) }
        commitUnlessMoreWaiting()
    }

    /// Commits the batch, unless a control-socket change is waiting and the batch has room for it,
    /// or a change's kept reply is still to join it (`holdingCommit`). While the database cannot be
    /// written, only a retry commits.
    func commitUnlessMoreWaiting() {
        guard outage == nil, !holdingCommit else { return }
        if changesWaiting.load(ordering: .relaxed) == 0 || batch.count >= Self.batchLimit { commitBatch() }
    }

    /// Commits the batch in one transaction, then writes its journal entries, tells watchers,
    /// wakes the outbox, re-arms the wake-up timer and sends the replies that waited for it.
    ///
    /// The state was already changed. When the commit fails for lack of room, the engine enters
    /// the storage-unavailable mode (`storageFailed`); on any other failure it halts (the replies
    /// unsent) and the daemon stops rather than run on with memory ahead of disk: a restart
    /// resumes from the last committed state.
    func commitBatch() {
        let (changes, replies) = (batch, repliesAwaitingCommit)
        (batch, repliesAwaitingCommit) = ([], [])
        if !changes.isEmpty {
            do {
                if let head = try store.commit(changes.map(\.change)) { anchor(head) }
            } catch {
                guard let failure = StorageUnavailable(error) else { return halt(after: error) }
                batch = changes
                storageFailed(failure)
                for reply in replies { reply(failure) }
                return
            }
            commandsInBatch = 0
            for effects in changes {
                for entry in effects.journal { logger.journal(entry) }
                broadcast(effects.watch)
            }
            if changes.contains(where: { !$0.notifications.isEmpty }) { outbox.wake() }
            scheduleWakeup(changes.last?.nextWakeup)
            storageRecovered(committed: changes.count)
            publishStatus()
            updateStatusLine()
        }
        for reply in replies { reply(nil) }
    }

    /// Runs `reply` once everything changed so far is committed: now, or right after the batch's
    /// commit. While the database cannot be written, reads are answered at once from memory.
    func whenCommitted(_ reply: @escaping () -> Void) {
        if batch.isEmpty || outage != nil { reply() } else { repliesAwaitingCommit.append { _ in reply() } }
    }

    /// Runs `reply` for a command that took its ticket (`changeCount`) as `ticket`, once its change
    /// is committed (nil) or known lost (why); a command that changed nothing is told nil.
    func whenCommitted(changesAfter ticket: Int, _ reply: @escaping (StorageUnavailable?) -> Void) {
        let changed = changeCount > ticket
        if changed, let rollback = lastRollback, rollback.through > ticket { return reply(rollback.failure) }
        if batch.isEmpty || (outage != nil && !changed) { return reply(nil) }
        repliesAwaitingCommit.append { failure in reply(changed ? failure : nil) }
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
            if daemon.outage != nil { daemon.retryStorage() }
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

    /// Units, people and policies of a configuration, for the journal.
    func summary(of configuration: DutyCore.Configuration) -> String {
        "\(configuration.tree.units.count) units, \(configuration.people.count) people, \(configuration.policies.count) policies"
    }
}
