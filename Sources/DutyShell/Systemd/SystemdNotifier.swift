import CSystemd
import Glibc

/// Tells systemd about readiness, status, reloads, shutdown and liveness (`sd_notify`).
///
/// Without `NOTIFY_SOCKET` (not started by systemd) every call does nothing.
public struct SystemdNotifier: Sendable {
    /// Whether systemd listens (`NOTIFY_SOCKET` is set); without it the status line need not be made.
    public let isListening: Bool

    public init() {
        isListening = getenv("NOTIFY_SOCKET") != nil
    }

    /// `READY=1`, with the current status line.
    public func ready(status: String) {
        send("READY=1\nSTATUS=\(status)")
    }

    /// `STATUS=…`, the one-line summary `systemctl status` shows.
    public func status(_ text: String) {
        send("STATUS=\(text)")
    }

    /// `RELOADING=1` with the monotonic timestamp systemd uses to order reloads.
    public func reloading() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let microseconds = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
        send("RELOADING=1\nMONOTONIC_USEC=\(microseconds)")
    }

    /// `STOPPING=1`.
    public func stopping() {
        send("STOPPING=1")
    }

    /// `WATCHDOG=1`: the service is alive.
    public func watchdogPing() {
        send("WATCHDOG=1")
    }

    /// The interval at which to ping the watchdog (half of `WATCHDOG_USEC`), or nil when it is off.
    public func watchdogPingInterval() -> Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(microseconds / 2))
    }

    private func send(_ state: String) {
        _ = sd_notify(0, state)
    }
}
