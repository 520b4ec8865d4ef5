import Dispatch
import DutyCore
import DutyProtocol
import Glibc
import Foundation

/// Why the state database cannot be written, since when, and when dutyd tries again.
struct StorageOutage {
    var failure: StorageUnavailable
    let since: Date
    /// The wait before the next retry: from `firstRetry`, doubled after each failed one up to `longestRetry`.
    var retryDelay = Self.firstRetry
    var retryTimer: DispatchSourceTimer?
    /// Whether this run's start is still to be recorded (the database could not be written at start).
    var startUnrecorded = false

    static let firstRetry: TimeInterval = 2
    static let longestRetry: TimeInterval = 30
}

/// The storage-unavailable mode: when a commit fails for lack of room the engine stays up, refuses
/// changes with `io.dutyd.StorageUnavailable`, keeps checking on what is in memory (those changes
/// wait in the batch, their notifications unqueued and their journal entries unwritten), and retries
/// the commit with backoff; the first commit that succeeds ends the mode.
extension Daemon {
    /// A commit of the batch failed for lack of room: enters the mode (logged once) or stays in it.
    /// Commands in the failed batch are undone: the books are read back from the database and
    /// checked again, so what the checks decided stays pending and the commands' replies say why.
    func storageFailed(_ failure: StorageUnavailable) {
        enterOutage(failure)
        guard commandsInBatch > 0 else { return }
        lastRollback = (changeCount, failure)
        (batch, commandsInBatch) = ([], 0)
        let now = clock.wall()
        do {
            try reloadBooks(now: now)
        } catch {
            return halt(after: error)
        }
        checkDue(now: now)
    }

    /// The database could not be written at start: dutyd starts in the mode rather than exit into a restart loop.
    func startedWithoutStorage(_ failure: StorageUnavailable) {
        enterOutage(failure)
        outage?.startUnrecorded = true
    }

    /// Runs `command` on a copy of the state while the database cannot be written: a refusal or a
    /// command that changes nothing is answered as usual; a change is dropped, its ticket marked lost.
    func refuseChange(_ command: Command, now: Date, failure: StorageUnavailable) -> Result<CommandReply, CommandError> {
        var trial = state
        let (effects, result) = trial.handle(command, now: now)
        guard effects.change.isEmpty else {
            changeCount += 1
            lastRollback = (changeCount, failure)
            return result
        }
        for entry in effects.journal { logger.journal(entry) }
        return result
    }

    /// Tries again: checks what is due (so the batch is never empty) and commits the batch.
    func retryStorage() {
        guard !halted else { return }
        checkDue(now: clock.wall())
        commitBatch()
    }

    /// A commit succeeded: ends the mode, if on, saying how many pending changes it committed.
    func storageRecovered(committed: Int) {
        guard let ended = outage else { return }
        ended.retryTimer?.cancel()
        outage = nil
        if ended.startUnrecorded {
            _ = try? store.recordStart(at: startedAt, version: DutydVersion.current, pid: getpid())
        }
        let seconds = Int(clock.wall().timeIntervalSince(ended.since).rounded())
        logger.journal(
            .storageRecovered, .notice,
            "the state database \(store.path) can be written again after \(seconds) s: \(committed) pending change(s) committed; changes are accepted again",
            fields: ["state_database": store.path, "committed": "\(committed)", "outage_seconds": "\(seconds)"])
        publishOutage()
    }

    /// Stops the engine after a failure it cannot ride out, so that a restart resumes from the last committed state.
    func halt(after error: any Error) {
        logger.journal(.daemonStopping, .critical, "cannot commit to \(store.path): \(error); stopping so that a restart resumes from the last committed state")
        halted = true
        stopped.finish(.failure(error))
    }

    /// Enters the mode (journal entry, STATUS=, retry timer), or keeps the latest cause while in it.
    private func enterOutage(_ failure: StorageUnavailable) {
        guard outage == nil else {
            outage?.failure = failure
            return scheduleRetry()
        }
        outage = StorageOutage(failure: failure, since: clock.wall())
        logger.journal(
            .storageUnavailable, .critical,
            "cannot write the state database \(store.path): \(failure.cause); changes are refused (io.dutyd.StorageUnavailable), "
                + "reads answered, deadlines checked in memory and committed when a retry (every \(Int(StorageOutage.firstRetry))–\(Int(StorageOutage.longestRetry)) s) succeeds",
            fields: ["state_database": store.path, "cause": failure.cause])
        scheduleRetry()
        publishOutage()
    }

    /// Arms the retry at the current delay and doubles the delay for the next one.
    private func scheduleRetry() {
        guard var current = outage, !halted else { return }
        current.retryTimer?.cancel()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + current.retryDelay, leeway: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.assumeIsolated { $0.retryStorage() } }
        timer.resume()
        current.retryTimer = timer
        current.retryDelay = min(current.retryDelay * 2, StorageOutage.longestRetry)
        outage = current
    }

    /// Shows the mode (or its end) to `Status` readers and in systemd's status line.
    private func publishOutage() {
        let cause = outage?.failure.cause
        statusBoard.withLock { $0.source.storageUnavailable = cause }
        updateStatusLine()
    }
}
