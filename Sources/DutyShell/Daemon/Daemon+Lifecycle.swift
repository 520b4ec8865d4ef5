import DutyCore
import DutyProtocol
import Foundation

/// Catching up at start, reloading, and stopping.
extension Daemon {
    /// Runs the first check at start: what fell due while the daemon was down is handled now, once.
    func catchUp(previous: StateStore.PreviousRun?) {
        let now = clock.wall()
        _ = clockSteps.observe(wall: now, monotonic: clock.monotonic())
        reconfigure(loaded.configuration)
        let events = checkDue(now: now)
        commitBatch()
        let missed = events.filter { ($0.dueAt ?? startedAt) < startedAt }
        guard !missed.isEmpty else { return }
        let since = previous.map { " (previous run started \(loaded.clock.readable($0.startedAt)))" } ?? ""
        logger.journal(
            .caughtUp, .notice, "caught up after restart: \(missed.count) escalation(s) fell due while dutyd was down\(since)",
            fields: ["count": "\(missed.count)"])
    }

    /// Re-reads the configuration and swaps it in whole, or keeps the running one when it has errors.
    func reload(requestedBy actor: String) -> Result<LoadedConfiguration, ConfigErrors> {
        notifier.reloading()
        defer { notifier.ready(status: statusLine()) }
        do {
            var fresh = try loader.load(path: configPath, now: Date())
            for (name, running, wanted) in [("state directory", loaded.stateDirectory, fresh.stateDirectory), ("control socket", loaded.controlSocket, fresh.controlSocket)] where running != wanted {
                logger.journal(.configLoaded, .warning, "the \(name) changed to \(wanted); it stays \(running) until dutyd restarts")
            }
            fresh.stateDirectory = loaded.stateDirectory
            fresh.controlSocket = loaded.controlSocket
            let intervalChanged = fresh.configuration.daemon.checkInterval != loaded.configuration.daemon.checkInterval
            loaded = fresh
            reloadRefused = nil
            LogClock.use(fresh.clock)
            outbox.update(configuration: fresh.configuration, secrets: fresh.secrets)
            server.update(fresh.configuration.daemon)
            reconfigure(fresh.configuration)
            if intervalChanged { scheduleChecks() }
            publishStatus()
            logger.journal(
                .configLoaded, .notice, "configuration reloaded by \(actor): \(summary(of: fresh.configuration))",
                fields: ["config_file": fresh.file, "actor": actor])
            logDataNotices(fresh)
            return .success(fresh)
        } catch {
            reloadRefused = (error.diagnostics.first.map(\.description) ?? "", error.diagnostics.count)
            for diagnostic in error.diagnostics {
                logger.journal(.configRejected, .error, "\(diagnostic)", fields: ["config_file": loaded.file])
            }
            logger.journal(
                .configRejected, .error,
                "configuration reload requested by \(actor) rejected with \(error.diagnostics.count) error(s); the running configuration stays in force",
                fields: ["config_file": loaded.file, "actor": actor])
            return .failure(error)
        }
    }

    /// Tells systemd and the journal that dutyd is stopping on `reason` (a signal).
    nonisolated func announceStop(reason: String) {
        enqueue { daemon in
            daemon.notifier.stopping()
            daemon.logger.journal(.daemonStopping, .notice, "stopping on \(reason)")
        }
    }

    /// Reloads the configuration on SIGHUP.
    nonisolated func reloadOnSignal() {
        enqueue { daemon in _ = daemon.reload(requestedBy: "SIGHUP") }
    }

    /// Commits what is in flight, stops the timers, records the clean stop and ends `stopped`.
    /// Runs after every change already handed to the engine; none handed to it later is run.
    nonisolated func stop() {
        enqueue { daemon in daemon.stopNow() }
    }

    private func stopNow() {
        guard !halted else { return stopped.finish() }
        commitBatch()
        writeAnchor()
        halted = true
        for timer in [checkTimer, wakeTimer, watchdogTimer] { timer?.cancel() }
        do {
            try store.recordStop(at: Date())
        } catch {
            logger.journal(.daemonStopping, .error, "could not record the clean stop in \(store.path): \(error)")
        }
        stopped.finish()
    }

    /// Logs the start, saying how the previous run ended.
    func logStart(previous: StateStore.PreviousRun?) {
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
}
