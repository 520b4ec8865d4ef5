import DutyCore
import Foundation

/// What the status line (`STATUS=`, shown by `systemctl status`) says, and its text: counts in the
/// singular or plural, times in the bureau's zone with their UTC offset (systemd shows its own
/// times in the system's zone beside them), and a refused reload until a reload succeeds.
struct StatusLineInputs: Equatable, Sendable {
    var units: Int
    var openAlerts: Int
    var nextCheck: Date
    var nextWakeup: Date?
    /// The first diagnostic of the last refused reload and how many there were; nil once a reload succeeds.
    var reloadRefused: (first: String, count: Int)?
    /// Since when and why the state database cannot be written, and how many changes wait; nil while it can.
    var storage: (since: Date, cause: String, pending: Int)?

    /// The most characters of a diagnostic the line quotes.
    static let quoted = 200

    init(units: Int, openAlerts: Int, nextCheck: Date, nextWakeup: Date?, reloadRefused: (first: String, count: Int)? = nil,
        storage: (since: Date, cause: String, pending: Int)? = nil
    ) {
        self.units = units
        self.openAlerts = openAlerts
        self.nextCheck = nextCheck
        self.nextWakeup = nextWakeup
        self.reloadRefused = reloadRefused
        self.storage = storage
    }

    /// The line, with times in `clock`'s zone.
    func text(clock: WallClock) -> String {
        let refused = reloadRefused.map { refusal in
            let first = refusal.first.count > Self.quoted ? refusal.first.prefix(Self.quoted) + "…" : Substring(refusal.first)
            let more = refusal.count > 1 ? " (and \(refusal.count - 1) more)" : ""
            return "reload refused, running the previous configuration: \(first)\(more); "
        } ?? ""
        let unavailable = storage.map {
            "STORAGE UNAVAILABLE since \(Self.time($0.since, clock)) (\($0.cause)): changes refused, \($0.pending) pending, retrying; "
        } ?? ""
        let wake = nextWakeup.map { "; next deadline \(Self.time($0, clock))" } ?? ""
        return unavailable + refused + Self.count(units, "unit") + ", " + Self.count(openAlerts, "open alert") + "; next check \(Self.time(nextCheck, clock))" + wake
    }

    static func == (left: StatusLineInputs, right: StatusLineInputs) -> Bool {
        (left.units, left.openAlerts, left.nextCheck, left.nextWakeup) == (right.units, right.openAlerts, right.nextCheck, right.nextWakeup)
            && left.reloadRefused?.first == right.reloadRefused?.first && left.reloadRefused?.count == right.reloadRefused?.count
            && left.storage?.since == right.storage?.since && left.storage?.cause == right.storage?.cause
            && left.storage?.pending == right.storage?.pending
    }

    /// "1 open alert", "2 open alerts".
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// "2026-10-01 08:00:00 +08:00", or "… UTC" in a zone without offset.
    private static func time(_ date: Date, _ clock: WallClock) -> String {
        let offset = clock.timeZone.secondsFromGMT(for: date)
        guard offset != 0 else { return clock.readable(date) + " UTC" }
        let minutes = abs(offset) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return clock.readable(date) + " " + (offset < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }
}
