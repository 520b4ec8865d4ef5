import Foundation

/// The daemon's whole state and the one place that decides: the configuration and the alert,
/// duty, hazard and swap books.
///
/// `configuration.roster` is the roster as loaded with the approved swaps applied, so everything
/// that reads the roster follows a swap; `loadedRoster` is the one the files gave.
///
/// `handle` runs a command and `check` the deadlines due by `now`; both change the books and
/// return `Effects`, everything the shell then does. No book changes another: the duty and
/// hazard engines return `AlertRequest`s, which this applies to the alert book. Pure: no clock,
/// no I/O; the same state, inputs and times always give the same effects.
public struct DutyState: Sendable {
    public internal(set) var configuration: Configuration
    public internal(set) var alerts: AlertBook
    public internal(set) var duty: DutyBook
    public internal(set) var hazards: HazardBook
    /// Who was told about each open alert, to tell them once when it ends.
    public internal(set) var audience: NoticeAudience
    /// The reply codes SMS notifications carried, to match `dutyctl reply` against.
    public internal(set) var replyCodes: ReplyCodeBook
    public internal(set) var swaps: SwapBook
    public internal(set) var filings: FilingBook
    /// The roster the files gave, before the approved swaps.
    public internal(set) var loadedRoster: Roster
    /// The daily reports units filed.
    public internal(set) var daily: DailyBook

    public init(
        configuration: Configuration, alerts: AlertBook, duty: DutyBook, hazards: HazardBook, audience: NoticeAudience = NoticeAudience(),
        replyCodes: ReplyCodeBook = ReplyCodeBook(), swaps: SwapBook = SwapBook(), filings: FilingBook = FilingBook(),
        daily: DailyBook = DailyBook()
    ) {
        self.configuration = configuration
        self.swaps = swaps
        self.filings = filings
        loadedRoster = configuration.roster
        self.configuration.roster = swaps.applied(to: configuration.roster, configuration: configuration)
        self.alerts = alerts
        self.duty = duty
        self.hazards = hazards
        self.audience = audience
        self.replyCodes = replyCodes
        self.daily = daily
        self.hazards.reschedule(configuration.hazards)
    }

    /// The configuration as loaded: the roster before the approved swaps.
    public var loadedConfiguration: Configuration {
        var loaded = configuration
        loaded.roster = loadedRoster
        return loaded
    }

    /// The bureau's wall clock.
    public var clock: WallClock { WallClock(zoneIdentifier: configuration.daemon.timeZone) }

    /// Handles everything due by `now`: alerts, then shifts, then hazards, each engine's alert
    /// requests applied right after it. The duty watermark always moves, so the effects always commit.
    /// Before it (the clock stepped back), open alerts are first brought forward to wait no longer
    /// than their step allows; not committed, since a row's next due time is vouched for by its
    /// history: the transition it brings forward commits it (a restart before then keeps the old time).
    /// A day's reports due at `[daily_report] send_at` go to the level above, counting `followUps`
    /// (the times of each incident's follow-ups; the shell reads them when `dailySendDue` says so).
    public mutating func check(now: Date, followUps: [String: [Date]] = [:]) -> Effects {
        if now < duty.watermark { alerts.clockSteppedBack(to: now, configuration: configuration) }
        let alertOutcome = alerts.check(now: now, configuration: configuration)
        var events = alertOutcome.events
        let filingOutcome = filings.check(after: duty.watermark, now: now, configuration: configuration)
        let dailyOutcome = daily.check(after: duty.watermark, now: now, configuration: configuration)
        let dutyOutcome = duty.check(now: now, configuration: configuration)
        events += alerts.apply(dutyOutcome.alertRequests + filingOutcome.alertRequests + dailyOutcome.alertRequests, now: now, configuration: configuration)
        let hazardOutcome = hazards.check(now: now, configuration: configuration)
        events += alerts.apply(hazardOutcome.alertRequests, now: now, configuration: configuration)
        var change = StateChange(
            alerts: events.compactMap { alerts.alerts[$0.alertID] }, events: events,
            hazards: hazardOutcome.hazardIDs.compactMap { hazards.hazards[$0] }, hazardEvents: hazardOutcome.hazardEvents)
        change.incidents = alertOutcome.incidents
        change.duty = dutyOutcome
        change.dutyWatermark = duty.watermark
        change.filings = filingOutcome.filings
        change.dailyMisses = dailyOutcome.missed
        change.dailySends = dailyOutcome.send
        let sent = dailyOutcome.send.map { dailyNotices(unit: nil, date: $0.date, followUps: followUps, actor: .daemon, now: now) }
        change.notifications = sent.flatMap { $0.notices }
        var done = effects(of: change)
        done.journal += sent.flatMap { $0.journal }
        return done
    }

    /// Whether a check at `now` reaches a daily-report deadline or send time, so that the shell
    /// first reads the follow-ups the reports count.
    public func dailySendDue(now: Date) -> Bool {
        daily.nextDue(after: duty.watermark, configuration: configuration).map { $0 <= now } ?? false
    }

    /// Runs one command at `now`: its effects and reply, or why it was refused (with the journal
    /// entries a refusal still writes, as for a ledger).
    public mutating func handle(_ command: Command, now: Date) -> (effects: Effects, result: Result<CommandReply, CommandError>) {
        do throws(CommandError) {
            let (change, reply, journal) = try decide(command, now: now)
            var effects = effects(of: change)
            effects.journal += journal
            return (effects, .success(reply))
        } catch {
            var effects = Effects()
            if case .ledger(let file, let problems) = error, case .importLedger(_, _, _, let actor) = command {
                effects.journal = HazardJournal.rejected(file, problems: problems.map(\.description), actor: actor)
            }
            effects.nextWakeup = nextWakeup()
            return (effects, .failure(error))
        }
    }

    /// Takes a reloaded configuration: swaps it takes the ground of are cancelled, the approved
    /// ones applied to its roster; the hazard engine reschedules for its settings, the duty engine
    /// rebuilds its deadlines for its roster at the next check. Returns the cancellations' effects
    /// and the next deadline.
    public mutating func reconfigure(_ configuration: Configuration, now: Date) -> Effects {
        let cancelled = swaps.cancel(for: configuration, now: now)
        self.configuration = configuration
        loadedRoster = configuration.roster
        self.configuration.roster = swaps.applied(to: loadedRoster, configuration: configuration)
        hazards.reschedule(configuration.hazards)
        var change = StateChange()
        change.swaps = cancelled.map(\.0)
        change.swapEvents = cancelled.map(\.1)
        return effects(of: change)
    }

    /// The earliest deadline of any book, if any.
    public mutating func nextWakeup() -> Date? {
        [alerts.nextDue(), duty.nextDue(configuration: configuration), hazards.nextDue(), filings.nextDue(after: duty.watermark, configuration: configuration),
         daily.nextDue(after: duty.watermark, configuration: configuration)]
            .compactMap { $0 }.min()
    }

    /// The notifications, journal entries, watcher events and next deadline of `change`.
    private mutating func effects(of change: StateChange) -> Effects {
        var effects = Effects()
        effects.change = change
        guard !change.isEmpty else {
            effects.nextWakeup = nextWakeup()
            return effects
        }
        let hold = ReminderHold(configuration: configuration, clock: clock, duty: change.duty.events, hazards: change.hazardEvents, book: hazards)
        let sms = ReplyCodePlanner(configuration: configuration)
        let alerting = sms.stamp(NotificationPlanner(configuration: configuration).notifications(for: change.events, book: alerts), book: &replyCodes)
        effects.change.replyCodes = alerting.issued
        effects.change.notifications = sms.fit(change.notifications) + alerting.notifications
            + hold.apply(sms.fit(DutyNoticePlanner(configuration: configuration).notifications(for: change.duty.events)))
            + hold.apply(sms.fit(ReminderPlanner(configuration: configuration).notifications(for: change.hazardEvents, book: hazards)))
        audience.record(effects.change.notifications)
        let resolutions = ResolutionNoticePlanner(configuration: configuration).notices(for: change.events, alerts: alerts, hazards: hazards, audience: &audience)
        effects.change.notifications += sms.fit(resolutions.notifications)
            + sms.fit(SwapNoticePlanner(configuration: configuration, loadedRoster: loadedRoster).notifications(for: change.swapEvents, book: swaps))
        let clock = clock
        effects.journal = HazardJournal(configuration: configuration).entries(change.hazardEvents, book: hazards)
            + AlertJournal(configuration: configuration, clock: clock).entries(change.events, book: alerts)
            + resolutions.journal
            + DutyJournal(configuration: configuration, clock: clock).entries(change.duty.events) + hold.journal
            + SwapJournal(configuration: configuration, loadedRoster: loadedRoster).entries(change.swapEvents, book: swaps)
            + FilingJournal.entries(change.filingEvents, configuration: configuration, clock: clock)
        effects.watch = change.events.compactMap { event in alerts.alerts[event.alertID].map { WatchedEvent(event: event, alert: $0) } }
        effects.nextWakeup = nextWakeup()
        return effects
    }
}
