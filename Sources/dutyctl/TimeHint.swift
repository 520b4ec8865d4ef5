import DutyTerminal
import Glibc

/// Times from dutyd with a hint of how far they are from now, e.g. `2026-10-01T10:00:00+08:00 (in 2h)`.
struct TimeHint {
    /// Seconds since the Unix epoch when dutyctl started answering.
    let now: Int

    init(now: Int = TimeHint.currentUnixTime()) {
        self.now = now
    }

    /// The time with its hint; a time that cannot be read is shown as it came.
    func annotated(_ time: String, deadline: Bool = false) -> String {
        guard let hint = hint(time, deadline: deadline) else { return time }
        return "\(time) (\(hint))"
    }

    /// For tables: `10-01 10:00 (in 2h)`, the wall clock in the bureau's time zone without year and seconds.
    func brief(_ time: String, deadline: Bool) -> String {
        guard let hint = hint(time, deadline: deadline) else { return time }
        return "\(time.dropFirst(5).prefix(11).replacing("T", with: " ")) (\(hint))"
    }

    private func hint(_ time: String, deadline: Bool) -> String? {
        Timestamp(time).map { RelativeTime.hint(seconds: $0.unixSeconds - now, deadline: deadline, language: tr.language) }
    }

    /// The real-time clock, in whole seconds since the Unix epoch.
    static func currentUnixTime() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now.tv_sec
    }
}
