import Logging
import ServiceLifecycle
import UnixSignals

/// The engine as a `Service`: runs until the group shuts down, then commits what is in flight,
/// stops its timers and records the clean stop; throws when a commit failed.
struct EngineService: Service {
    let daemon: Daemon

    func run() async throws {
        try await withTaskCancellationOrGracefulShutdownHandler {
            try await daemon.stopped.wait()
        } onCancelOrGracefulShutdown: {
            daemon.stop()
        }
    }
}

/// The control socket as a `Service`: at shutdown it stops accepting, closes its connections and
/// removes the socket file. Shut down first, so no change arrives after the engine's last commit.
struct ControlService: Service {
    let server: ControlServer

    func run() async throws {
        try? await gracefulShutdown()
        server.stop()
    }
}

/// The outbox worker as a `Service`: at shutdown it starts no further delivery, waits for those in
/// flight (each bounded by its channel's timeout) and records every finished one.
struct OutboxService: Service {
    let outbox: OutboxWorker

    func run() async throws {
        try? await gracefulShutdown()
        await withCheckedContinuation { continuation in outbox.stop { continuation.resume() } }
    }
}

/// The signals as a `Service`: SIGHUP reloads; SIGTERM or SIGINT tells systemd and the journal that
/// dutyd stops, and returns, which shuts the group down gracefully.
struct SignalService: Service {
    let daemon: Daemon
    /// Trapped from before the daemon started (`Daemon.signals`), so none is missed.
    let signals: UnixSignalsSequence

    func run() async throws {
        await cancelWhenGracefulShutdown {
            for await signal in signals {
                guard signal == .sighup else {
                    daemon.announceStop(reason: signal == .sigterm ? "SIGTERM" : "SIGINT")
                    return
                }
                daemon.reloadOnSignal()
            }
        }
    }
}

extension Daemon {
    /// The signals dutyd acts on, trapped from now on: create them before `start`.
    public static func signals() async -> UnixSignalsSequence {
        await UnixSignalsSequence(trapping: .sighup, .sigterm, .sigint)
    }

    /// The services of the running daemon, in start order, with `web` (the field pages) after the
    /// control socket; the group stops them in reverse. Without `signals` (a daemon inside a test
    /// process) it stops when the group is shut down.
    public nonisolated func serviceGroup(logger: Logger, signals: UnixSignalsSequence?, web: (any Service)? = nil) -> ServiceGroup {
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: EngineService(daemon: self), successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: OutboxService(outbox: outbox), successTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: ControlService(server: server), successTerminationBehavior: .gracefullyShutdownGroup),
        ]
        if let web {
            services.append(.init(service: web, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup))
        }
        if let signals {
            services.append(.init(service: SignalService(daemon: self, signals: signals), successTerminationBehavior: .gracefullyShutdownGroup))
        }
        return ServiceGroup(configuration: ServiceGroupConfiguration(services: services, logger: quiet))
    }
}
