import Foundation

extension DailyBook {
    /// What fell due in `after..<now]` on the days of the holiday periods: at a day's deadline,
    /// each expected unit that filed nothing is recorded missed and its `daily_report_missing`
    /// raised, once; at its send time, the day is recorded sent, once. Nothing without `[daily_report]`.
    public mutating func check(after: Date, now: Date, configuration: Configuration) -> (missed: [DailyMiss], send: [DailySend], alertRequests: [AlertRequest]) {
        guard after < now, let settings = configuration.dailyReport else { return ([], [], []) }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        var (misses, sends, requests): ([DailyMiss], [DailySend], [AlertRequest]) = ([], [], [])
        for day in Self.days(configuration) {
            let deadline = clock.instant(day, settings.deadline)
            if after < deadline, deadline <= now {
                for unit in Self.units(configuration) where filings[Self.key(unit, day)] == nil && missed[Self.key(unit, day)] == nil {
                    let miss = DailyMiss(unit: unit, date: day, missedAt: now)
                    missed[Self.key(unit, day)] = miss
                    misses.append(miss)
                    requests.append(.raise(Self.raise(unit, day, deadline: deadline, clock: clock, configuration: configuration)))
                }
            }
            let sendTime = clock.instant(day, settings.sendTime)
            if after < sendTime, sendTime <= now, sent[day] == nil {
                let send = DailySend(date: day, sentAt: now)
                sent[day] = send
                sends.append(send)
            }
        }
        return (misses, sends, requests)
    }

    /// The earliest deadline or send time after `after`, if any.
    public func nextDue(after: Date, configuration: Configuration) -> Date? {
        guard let settings = configuration.dailyReport else { return nil }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        return Self.days(configuration).lazy.flatMap { [clock.instant($0, settings.deadline), clock.instant($0, settings.sendTime)] }.filter { $0 > after }.min()
    }

    /// The units expected to file each day: the staffed units, as for roster filing (`FilingBook.units`).
    public static func units(_ configuration: Configuration) -> [String] {
        FilingBook.units(configuration)
    }

    /// Every day of every holiday period, in order.
    static func days(_ configuration: Configuration) -> [LocalDate] {
        configuration.calendar.periods.flatMap { period in
            sequence(first: period.first) { $0 < period.last ? $0.adding(days: 1) : nil }
        }
    }

    /// The `daily_report_missing` alert of `unit` for `day`, reaching its duty office (else its head).
    private static func raise(_ unit: String, _ day: LocalDate, deadline: Date, clock: WallClock, configuration: Configuration) -> AlertRaise {
        let named = configuration.tree[unit]
        return AlertRaise(
            kind: .dailyReportMissing, risk: nil, subject: subject(unit, day), unit: unit,
            summary: "\(named?.name ?? unit)未在\(DutyBook.minute(deadline, clock))前报送值班日报",
            contacts: SubjectContacts(responsible: named?.contacts[.dutyOffice].flatMap { $0.isEmpty ? nil : $0 } ?? named?.contacts[.head] ?? []))
    }
}
