import DutyCore
import DutyProtocol
import Foundation
import Glibc

/// What a `Status` reply is made from besides what never changes while the daemon runs.
struct StatusInputs: Equatable {
    /// Changes with every reload, and so stands for the configuration and its clock.
    var loadedAt: Date
    var nextCheck: Date
    var openAlerts: Int
    var pendingNotifications: Int
    var deadNotifications: Int
    var storageUnavailable: String?
}

/// What the engine publishes of its own state for readers off its queue.
struct StatusSource: Sendable {
    var loaded: LoadedConfiguration
    var nextCheck: Date
    var openAlerts: Int
    /// Why the database cannot be written, while it cannot.
    var storageUnavailable: String?
}

/// What the engine last published (after every commit, check and reload, so only what is
/// committed), and the last framed `Status` reply with its inputs: `Status` and the methods that
/// read only the database are answered from here, off the engine's queue, and `Status` is encoded
/// again only when something in it changed.
struct StatusBoard: Sendable {
    var source: StatusSource
    var last: (inputs: StatusInputs, frame: [UInt8])?
}

extension Daemon {
    /// Publishes what readers off the engine see, unless changes wait to be committed (their commit publishes).
    func publishStatus() {
        guard batch.isEmpty else { return }
        let source = StatusSource(loaded: loaded, nextCheck: nextCheck, openAlerts: state.alerts.openCount, storageUnavailable: outage?.failure.cause)
        statusBoard.withLock { $0.source = source }
    }

    /// The configuration as last published, for methods that run off the engine's queue.
    nonisolated var published: LoadedConfiguration {
        statusBoard.withLock { $0.source.loaded }
    }

    /// The framed reply to `io.dutyd.Status`, from any queue.
    nonisolated func statusFrame() -> Result<[UInt8], VarlinkError> {
        let counts = store.outboxCounts()
        return statusBoard.withLock { board in
            let source = board.source
            let inputs = StatusInputs(
                loadedAt: source.loaded.loadedAt, nextCheck: source.nextCheck, openAlerts: source.openAlerts,
                pendingNotifications: counts.pending, deadNotifications: counts.dead, storageUnavailable: source.storageUnavailable)
            if let last = board.last, last.inputs == inputs { return .success(last.frame) }
            return RouteTable.encode(status(source, outboxCounts: counts)).map { frame in
                board.last = (inputs, frame)
                return frame
            }
        }
    }

    /// The reply to `io.dutyd.Status`.
    private nonisolated func status(_ source: StatusSource, outboxCounts: (pending: Int, dead: Int)) -> StatusReply {
        let configuration = source.loaded.configuration
        let clock = source.loaded.clock
        return StatusReply(
            version: DutydVersion.current, pid: Int(getpid()), startedAt: clock.iso8601(startedAt),
            configFile: source.loaded.file, configLoadedAt: clock.iso8601(source.loaded.loadedAt), timeZone: configuration.daemon.timeZone,
            stateDatabase: store.path, units: configuration.tree.units.count, people: configuration.people.count,
            policies: configuration.policies.count, openAlerts: source.openAlerts, nextCheck: clock.iso8601(source.nextCheck),
            pendingNotifications: outboxCounts.pending, deadNotifications: outboxCounts.dead, storageUnavailable: source.storageUnavailable)
    }

    /// Tells systemd the status line, when it listens and the line changed since it was last told.
    func updateStatusLine() {
        guard notifier.isListening else { return }
        let inputs = statusLineInputs()
        guard inputs != statusLineSent else { return }
        statusLineSent = inputs
        notifier.status(inputs.text(clock: loaded.clock))
    }

    /// The one-line summary systemd shows as the service status.
    func statusLine() -> String {
        statusLineInputs().text(clock: loaded.clock)
    }

    private func statusLineInputs() -> StatusLineInputs {
        StatusLineInputs(
            units: loaded.configuration.tree.units.count, openAlerts: state.alerts.openCount, nextCheck: nextCheck, nextWakeup: nextWakeup,
            reloadRefused: reloadRefused, storage: outage.map { ($0.since, $0.failure.cause, batch.count) })
    }
}
