import Dispatch
import DutyCore
import Foundation

/// The engine's timers: the periodic check, the wake-up at the next deadline and the watchdog.
extension Daemon {
    /// The periodic check, or the one the wake-up timer runs for the deadline `scheduled` (or for
    /// when that deadline became known, if it was already past).
    ///
    /// First compares the wall clock with the monotonic one: after a step it logs the step and
    /// re-arms both timers from the new time. Logs (at debug level) how long the check took and,
    /// when woken for a deadline, how late it started: the figures bench/province.sh reads.
    func runCheck(scheduled: Date? = nil) {
        let begun = ContinuousClock.now
        let now = clock.wall()
        if let step = clockSteps.observe(wall: now, monotonic: clock.monotonic()) { rearm(after: step, now: now) }
        nextCheck = now + loaded.configuration.daemon.checkInterval
        let handled = checkDue(now: now)
        publishStatus()
        updateStatusLine()
        let duration = (ContinuousClock.now - begun) / .milliseconds(1)
        var fields = ["transitions": "\(handled.count)", "duration_ms": "\(duration)"]
        if let scheduled { fields["lateness_ms"] = "\(now.timeIntervalSince(scheduled) * 1000)" }
        logger.journal(.checkCompleted, .debug, "check completed: \(handled.count) transition(s) in \(String(format: "%.1f", duration)) ms", fields: fields)
    }

    /// Arms a one-shot timer for the next known deadline, so nothing waits for the periodic tick.
    /// A timer armed for the same deadline stays, so that a commit that moves no deadline does not re-arm it.
    func scheduleWakeup(_ due: Date?) {
        if wakeTimer != nil, due == nextWakeup { return }
        wakeTimer?.cancel()
        wakeTimer = nil
        nextWakeup = due
        guard let due, !halted else { return }
        // The wait the engine's clock reads now, on the system's wall clock (so `due` itself with
        // the system clock); a later step is noticed by the check it wakes, or the periodic one.
        let now = clock.wall()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(wallDeadline: .now() + max(due.timeIntervalSince(now), 0), leeway: .milliseconds(5))
        // A deadline already past when it became known (a restart, an imported overdue hazard) is
        // late from then on: the check's lateness counts from when the timer was armed.
        let scheduled = max(due, now)
        timer.setEventHandler { [weak self] in
            self?.assumeIsolated { daemon in
                daemon.wakeTimer?.cancel()
                daemon.wakeTimer = nil
                daemon.runCheck(scheduled: scheduled)
            }
        }
        timer.resume()
        wakeTimer = timer
    }

    /// (Re)starts the periodic check at the configured interval.
    func scheduleChecks() {
        checkTimer?.cancel()
        let interval = loaded.configuration.daemon.checkInterval
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(wallDeadline: .now() + interval.timeInterval, repeating: interval.timeInterval, leeway: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.assumeIsolated { $0.runCheck() } }
        timer.resume()
        checkTimer = timer
        nextCheck = clock.wall() + interval
        publishStatus()
    }

    /// Logs a step of the wall clock and drops the wake-up timer, so that the check running now
    /// arms it again for the new time; restarts the periodic check from now.
    private func rearm(after step: ClockStep, now: Date) {
        logger.journal(
            .clockStepped, .warning,
            "the wall clock stepped \(step.direction) by \(String(format: "%.1f", Double(abs(step.milliseconds)) / 1000)) s, to \(loaded.clock.readable(now)); checking deadlines again from the new time",
            fields: ["step_ms": "\(step.milliseconds)", "direction": step.direction])
        wakeTimer?.cancel()
        wakeTimer = nil
        scheduleChecks()
    }

    /// Pings systemd's watchdog from the engine's queue, when systemd asks for it.
    func startWatchdog() {
        guard let interval = notifier.watchdogPingInterval() else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now(), repeating: interval.timeInterval)
        timer.setEventHandler { [notifier] in notifier.watchdogPing() }
        timer.resume()
        watchdogTimer = timer
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
