import Foundation

/// A time in which a unit (and every unit below it) is not to be disturbed: an exam, a planned
/// power cut, a midday rest. Reminders are held and escalation waits until the window ends.
public struct QuietWindow: Sendable, Equatable {
    /// When the window is: once between two local date-times, or every day (or on some weekdays) between two times of day.
    public enum Schedule: Sendable, Equatable {
        case dated(start: LocalDate, TimeOfDay, end: LocalDate, TimeOfDay)
        /// `from`–`to` in local time, crossing midnight when `to` is not after `from`; `weekdays`
        /// (1 = Monday … 7 = Sunday) name the days a window starts on.
        case recurring(from: TimeOfDay, to: TimeOfDay, weekdays: Set<Int>)
    }

    public var name: String
    public var unit: String
    public var schedule: Schedule

    public init(name: String, unit: String, schedule: Schedule) {
        self.name = name
        self.unit = unit
        self.schedule = schedule
    }

    /// The end of this window when `instant` falls inside it (start included, end excluded).
    public func end(containing instant: Date, clock: WallClock) -> Date? {
        switch schedule {
        case .dated(let startDate, let startTime, let endDate, let endTime):
            let end = clock.instant(endDate, endTime)
            return clock.instant(startDate, startTime) <= instant && instant < end ? end : nil
        case .recurring(let from, let to, let weekdays):
            let today = clock.localDate(instant)
            for day in [today.adding(days: -1), today] where weekdays.contains(Self.weekday(day)) {
                let start = clock.instant(day, from)
                let end = clock.instant(to > from ? day : day.adding(days: 1), to)
                if start <= instant && instant < end { return end }
            }
            return nil
        }
    }

    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ date: LocalDate) -> Int {
        ((date.daysSinceEpoch % 7 + 7 + 3) % 7) + 1
    }
}

extension Configuration {
    /// When the quiet windows of `unit` and the units above it that cover `instant` end, one
    /// following on from another, with the window that ends last; nil outside every window.
    public func quietEnd(unit: String, at instant: Date) -> (window: QuietWindow, end: Date)? {
        guard !quietWindows.isEmpty else { return nil }
        let clock = WallClock(zoneIdentifier: daemon.timeZone)
        var units: Set<String> = [unit]
        var step = 0
        while step < 4, let above = tree.ancestor(of: unit, steps: step + 1) {
            units.insert(above.id)
            step += 1
        }
        var found: (window: QuietWindow, end: Date)?
        var time = instant
        for _ in 0..<16 {
            guard let next = quietWindows.lazy.filter({ units.contains($0.unit) })
                .compactMap({ window in window.end(containing: time, clock: clock).map { (window, $0) } }).max(by: { $0.1 < $1.1 })
            else { break }
            found = next
            time = next.1
        }
        return found
    }
}
