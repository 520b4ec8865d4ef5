import Foundation

/// The holiday roster filings (报备) of every unit that must keep a roster, and the
/// `roster_not_filed` alerts of those not filed by `[duty] roster_filing_deadline` before a
/// holiday period starts. Pure: `now` and the configuration are passed in.
public struct FilingBook: Sendable, Equatable {
    /// Filings by unit and period.
    public private(set) var filings: [String: RosterFiling] = [:]

    public init(filings: [RosterFiling] = []) {
        for filing in filings { self.filings[Self.key(filing.unit, filing.period)] = filing }
    }

    /// The units that must file: `[duty] staffed_units`, else every unit named in the roster.
    public static func units(_ configuration: Configuration) -> [String] {
        let staffed = configuration.duty.staffedUnits.isEmpty ? Set(configuration.roster.shifts.map(\.unit)) : Set(configuration.duty.staffedUnits)
        return configuration.tree.units.map(\.id).filter(staffed.contains)
    }

    /// When filings for `period` are due, if a deadline is configured.
    public static func deadline(_ period: HolidayPeriod, _ configuration: Configuration) -> Date? {
        configuration.duty.rosterFilingDeadline.map { lead in
            WallClock(zoneIdentifier: configuration.daemon.timeZone).instant(period.first, TimeOfDay(hour: 0, minute: 0)!) - lead
        }
    }

    /// The holiday period named, or by default the first one not yet over at `now`.
    public static func period(_ name: String?, now: Date, configuration: Configuration) throws(FilingCommandError) -> HolidayPeriod {
        let periods = configuration.calendar.periods
        if let name {
            guard let named = periods.first(where: { $0.name == name }) else { throw .unknownPeriod(name) }
            return named
        }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        guard let next = periods.first(where: { clock.instant($0.last.adding(days: 1), TimeOfDay(hour: 0, minute: 0)!) > now }) else { throw .noPeriod }
        return next
    }

    /// The filing of `unit` for `period`, if any.
    public func filing(unit: String, period: String) -> RosterFiling? { filings[Self.key(unit, period)] }

    /// Records that `unit` filed its roster for `periodName` (by default the first period not yet
    /// over); filing again changes nothing. A late filing ends its `roster_not_filed` alert.
    public mutating func file(
        unit: String, period periodName: String?, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(FilingCommandError) -> (filing: RosterFiling, event: FilingEvent?, alertRequests: [AlertRequest]) {
        guard configuration.tree[unit] != nil else { throw .unknownUnit(unit) }
        guard Self.units(configuration).contains(unit) else { throw .notStaffed(unit) }
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let period = try Self.period(periodName, now: now, configuration: configuration)
        var filing = filings[Self.key(unit, period.name)] ?? RosterFiling(unit: unit, period: period.name)
        guard filing.filedAt == nil else { return (filing, nil, []) }
        filing.filedAt = now
        filing.filedBy = actor
        filings[Self.key(unit, period.name)] = filing
        let late = filing.missedAt != nil
        let requests: [AlertRequest] = late
            ? [.resolve(kinds: [.rosterNotFiled], subject: filing.subject, actor: actor, note: "\(configuration.tree[unit]?.name ?? unit)已于\(DutyBook.minute(now, clock))补报\(period.name)值班表")]
            : []
        return (filing, FilingEvent(filing: filing, time: now, actor: actor, late: late), requests)
    }

    /// Raises `roster_not_filed` for every unit that has not filed a period whose deadline is in
    /// `after..<now]`, once; returns the records it changed and the alerts to raise.
    public mutating func check(after: Date, now: Date, configuration: Configuration) -> (filings: [RosterFiling], alertRequests: [AlertRequest]) {
        guard after < now else { return ([], []) }
        var changed: [RosterFiling] = []
        var requests: [AlertRequest] = []
        for period in configuration.calendar.periods {
            guard let deadline = Self.deadline(period, configuration), after < deadline, deadline <= now else { continue }
            let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
            for unit in Self.units(configuration) {
                var filing = filings[Self.key(unit, period.name)] ?? RosterFiling(unit: unit, period: period.name)
                guard filing.filedAt == nil, filing.missedAt == nil else { continue }
                filing.missedAt = now
                filings[Self.key(unit, period.name)] = filing
                changed.append(filing)
                let name = configuration.tree[unit]?.name ?? unit
                requests.append(.raise(AlertRaise(
                    kind: .rosterNotFiled, risk: nil, subject: filing.subject, unit: unit,
                    summary: "\(name)未在\(DutyBook.minute(deadline, clock))前报备\(period.name)值班表",
                    contacts: SubjectContacts(responsible: configuration.tree[unit]?.contacts[.dutyOffice] ?? configuration.tree[unit]?.contacts[.head] ?? []))))
            }
        }
        return (changed, requests)
    }

    /// The earliest filing deadline after `after`, if any.
    public func nextDue(after: Date, configuration: Configuration) -> Date? {
        configuration.calendar.periods.compactMap { Self.deadline($0, configuration) }.filter { $0 > after }.min()
    }

    private static func key(_ unit: String, _ period: String) -> String { "\(unit)/\(period)" }
}
