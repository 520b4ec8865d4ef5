import Glibc

/// How long `dutyctl` waits for the daemon: `--timeout`, else `$DUTYCTL_TIMEOUT`, else the verb's default.
struct CallTimeout: Equatable {
    /// The limit in milliseconds.
    let milliseconds: Int

    /// The default for most verbs.
    static let standard = CallTimeout(milliseconds: 30_000)
    /// The default for verbs that send a whole file (`import`).
    static let transfer = CallTimeout(milliseconds: 120_000)

    init(milliseconds: Int) {
        self.milliseconds = milliseconds
    }

    /// Reads `30s`, `1.5s`, `500ms`, `2m`, `1h`, or a number of seconds; nil for anything else,
    /// zero, or more than a day.
    init?(parsing text: String) {
        let units: [(suffix: String, milliseconds: Double)] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("", 1_000)]
        guard let unit = units.first(where: { text.hasSuffix($0.suffix) }),
            let number = Double(text.dropLast(unit.suffix.count)), number.isFinite, number > 0
        else { return nil }
        let total = number * unit.milliseconds
        guard total >= 1, total <= 86_400_000 else { return nil }
        self.init(milliseconds: Int(total.rounded()))
    }

    /// The limit from the option's text, else `$DUTYCTL_TIMEOUT`, else `fallback`; a bad value is a usage error.
    static func resolve(option: String?, fallback: CallTimeout) throws(CLIError) -> CallTimeout {
        let (text, source) = option.map { ($0, "--timeout") } ?? (Environment.value("DUTYCTL_TIMEOUT").map { ($0, "DUTYCTL_TIMEOUT") } ?? ("", ""))
        guard !text.isEmpty else { return fallback }
        guard let timeout = CallTimeout(parsing: text) else {
            throw CLIError(message: tr("{0} must be a duration such as 30s, 500ms or 2m (at most a day), not \"{1}\"", source, text), status: CLIError.usage)
        }
        return timeout
    }

    /// `1 s`, `1.5 s`, `500 ms`: the limit as the messages say it.
    var description: String {
        if milliseconds % 1_000 == 0 { return "\(milliseconds / 1_000) s" }
        if milliseconds < 1_000 { return "\(milliseconds) ms" }
        return "\(Double(milliseconds) / 1_000) s"
    }

    /// The monotonic clock, in milliseconds.
    static func monotonicNow() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000 + now.tv_nsec / 1_000_000
    }

    /// The wall clock when the monotonic clock reads `deadline`, as `2026-10-01T00:00:01.250Z`: the `not_after` of a change.
    static func wallTime(atMonotonic deadline: Int) -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let total = now.tv_sec * 1_000 + now.tv_nsec / 1_000_000 + (deadline - monotonicNow())
        var seconds = time_t(total / 1_000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fraction = String(1_000 + total % 1_000).dropFirst()
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(fraction)Z"
    }
}
