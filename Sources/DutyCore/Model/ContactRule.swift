import Foundation

/// One of a person's contact rules: for these alert kinds, at these hours, reach them through
/// these channels instead of their usual ones. The first rule that applies wins.
public struct ContactRule: Sendable, Equatable {
    /// Alert kinds the rule is for; empty for every kind.
    public var kinds: Set<AlertKind>
    /// Local hours the rule is for (`to` not after `from` crosses midnight); nil for the whole day.
    public var hours: (from: TimeOfDay, to: TimeOfDay)?
    public var channels: [String]

    public init(kinds: Set<AlertKind> = [], hours: (from: TimeOfDay, to: TimeOfDay)? = nil, channels: [String]) {
        self.kinds = kinds
        self.hours = hours
        self.channels = channels
    }

    /// Whether the rule applies to an alert of `kind` notified at `instant`.
    public func applies(to kind: AlertKind, at instant: Date, clock: WallClock) -> Bool {
        guard kinds.isEmpty || kinds.contains(kind) else { return false }
        guard let hours else { return true }
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + clock.timeZone.secondsFromGMT(for: instant)
        let minute = ((local % 86_400 + 86_400) % 86_400) / 60
        return hours.from < hours.to
            ? hours.from.minutes <= minute && minute < hours.to.minutes
            : minute >= hours.from.minutes || minute < hours.to.minutes
    }

    public static func == (lhs: ContactRule, rhs: ContactRule) -> Bool {
        lhs.kinds == rhs.kinds && lhs.hours?.from == rhs.hours?.from && lhs.hours?.to == rhs.hours?.to && lhs.channels == rhs.channels
    }
}

extension Configuration {
    /// The channels (besides the journal) that reach `person` for an alert of `kind` (nil for
    /// reminders and notices) at `instant`: the first contact rule that applies, else their own;
    /// never a text-message (`sms`) channel when they have no mobile number.
    public func channels(for person: Person, kind: AlertKind?, at instant: Date) -> [String] {
        let clock = WallClock(zoneIdentifier: daemon.timeZone)
        let chosen = kind.flatMap { kind in person.contactRules.first { $0.applies(to: kind, at: instant, clock: clock) }?.channels } ?? person.channels
        guard person.mobile == nil else { return chosen }
        return chosen.filter { id in channels.first { $0.id == id }?.sendsSMS != true }
    }
}
