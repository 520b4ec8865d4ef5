import Foundation

/// The daily reports units filed (值班日报 notes and 零报告), one per unit and day, the latest
/// kept; the days a unit filed nothing by the deadline (`daily_report_missing` raised); and the
/// days whose reports dutyd sent by itself.
///
/// Pure: `file` and `check` take `now` and the configuration.
public struct DailyBook: Sendable {
    public private(set) var filings: [String: DailyFiling] = [:]
    /// When each unit's day was found unfiled at its deadline, by `key(unit, date)`.
    public internal(set) var missed: [String: DailyMiss] = [:]
    /// When each day's reports were sent at `[daily_report] send_at`.
    public internal(set) var sent: [LocalDate: DailySend] = [:]

    public init(filings: [DailyFiling] = [], missed: [DailyMiss] = [], sent: [DailySend] = []) {
        for filing in filings { self.filings[Self.key(filing.unit, filing.date)] = filing }
        for miss in missed { self.missed[Self.key(miss.unit, miss.date)] = miss }
        for send in sent { self.sent[send.date] = send }
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
    /// bureau's zone), with the alert requests it makes. Refused for an unknown unit, a day in no
    /// holiday period or an empty note. Before that day's `[daily_report]` deadline a later filing
    /// replaces the earlier; after it, a unit that filed nothing may still file late (补报), which
    /// resolves its `daily_report_missing` alert, and a unit that filed is refused.
    public mutating func file(
        unit: String, date: LocalDate?, note: String?, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(DailyCommandError) -> (filing: DailyFiling, alertRequests: [AlertRequest]) {
        guard let named = configuration.tree[unit] else { throw .unknownUnit(unit) }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let day = date ?? clock.localDate(now)
        guard configuration.calendar.periods.contains(where: { $0.contains(day) }) else { throw .notInHolidayPeriod(day) }
        if let note, note.trimmingSpaces.isEmpty { throw .emptyNote }
        var late = false
        if let settings = configuration.dailyReport, now >= clock.instant(day, settings.deadline) {
            guard filings[Self.key(unit, day)] == nil else { throw .deadlinePassed(unit: unit, date: day, deadline: "\(day) \(settings.deadline)") }
            late = true
        }
        let filing = DailyFiling(unit: unit, date: day, note: note.map { String($0.trimmingSpaces) }, filedAt: now, filedBy: actor, late: late)
        filings[Self.key(unit, day)] = filing
        guard late else { return (filing, []) }
        let resolution = "\(named.name)已于\(DutyBook.minute(now, clock))补报\(LocalDate.two(day.month))-\(LocalDate.two(day.day))值班日报"
        return (filing, [.resolve(kinds: [.dailyReportMissing], subject: Self.subject(unit, day), actor: actor, note: resolution)])
    }

    /// `dg-sy/2026-10-01`, the key of a unit's day and its history subject's id.
    public static func key(_ unit: String, _ date: LocalDate) -> String {
        "\(unit)/\(date)"
    }

    /// `daily:dg-sy/2026-10-01`: the subject of a unit's `daily_report_missing` alert for a day.
    public static func subject(_ unit: String, _ date: LocalDate) -> AlertSubject {
        AlertSubject(.daily, key(unit, date))
    }
}
