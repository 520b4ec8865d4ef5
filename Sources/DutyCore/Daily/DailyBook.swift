import Foundation

/// The daily reports units filed (值班日报 notes and 零报告), one per unit and day, the latest kept.
///
/// Pure: `file` takes `now` and the configuration and returns the filing it stored.
public struct DailyBook: Sendable {
    public private(set) var filings: [String: DailyFiling] = [:]

    public init(filings: [DailyFiling] = []) {
        for filing in filings { self.filings[Self.key(filing.unit, filing.date)] = filing }
    }

    /// Every filing, by unit and date.
    public var all: [DailyFiling] {
        filings.values.sorted { ($0.date, $0.unit) < ($1.date, $1.unit) }
    }

    /// The filing of `unit` for `date`, if any.
    public func filing(_ unit: String, _ date: LocalDate) -> DailyFiling? {
        filings[Self.key(unit, date)]
    }

    /// Files `unit`'s note (or, with nil, a zero report) for `date` (default: today in the
    /// bureau's zone). Refused for an unknown unit, a day in no holiday period, an empty note, or
    /// after that day's `[daily_report]` deadline; a later filing before it replaces the earlier.
    public mutating func file(
        unit: String, date: LocalDate?, note: String?, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(DailyCommandError) -> DailyFiling {
        guard configuration.tree[unit] != nil else { throw .unknownUnit(unit) }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let day = date ?? clock.localDate(now)
        guard configuration.calendar.periods.contains(where: { $0.contains(day) }) else { throw .notInHolidayPeriod(day) }
        if let note, note.trimmingSpaces.isEmpty { throw .emptyNote }
        if let settings = configuration.dailyReport, now >= clock.instant(day, settings.deadline) {
            throw .deadlinePassed(unit: unit, date: day, deadline: "\(day) \(settings.deadline)")
        }
        let filing = DailyFiling(unit: unit, date: day, note: note.map { String($0.trimmingSpaces) }, filedAt: now, filedBy: actor)
        filings[Self.key(unit, day)] = filing
        return filing
    }

    /// `dg-sy/2026-10-01`, the key of a unit's day and its history subject's id.
    public static func key(_ unit: String, _ date: LocalDate) -> String {
        "\(unit)/\(date)"
    }
}
