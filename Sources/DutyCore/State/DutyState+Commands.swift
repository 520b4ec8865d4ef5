import Foundation

extension DutyState {
    /// What `command` changes, its reply and any journal entries of its own; throws when refused, having changed nothing.
    mutating func decide(_ command: Command, now: Date) throws(CommandError) -> (StateChange, CommandReply, [JournalEntry]) {
        switch command {
        case .acknowledge(let id, let note, let actor):
            let configuration = configuration
            let events = try alertCommand { (book: inout AlertBook) throws(AlertCommandError) in
                try book.acknowledge(id: id, actor: actor, note: note, now: now, configuration: configuration)
            }
            return (StateChange(alerts: [alerts.alerts[id]!], events: events), .alert(alerts.alerts[id]!), [])
        case .resolve(let id, let note, let actor):
            let events = try alertCommand { (book: inout AlertBook) throws(AlertCommandError) in try book.resolve(id: id, actor: actor, note: note, now: now) }
            return (StateChange(alerts: [alerts.alerts[id]!], events: events), .alert(alerts.alerts[id]!), [])
        case .report(let unit, let summary, let severity, let details, let actor):
            let configuration = configuration
            let (incident, alert, events) = try alertCommand { (book: inout AlertBook) throws(AlertCommandError) in
                try book.report(unit: unit, summary: summary, severity: severity, details: details, reportedBy: actor, now: now, configuration: configuration)
            }
            return (StateChange(alerts: [alert], incidents: [incident], events: events), .report(incident, alert), [])
        case .passUp(let id, let note, let actor):
            let configuration = configuration
            let (incident, alert, events) = try alertCommand { (book: inout AlertBook) throws(AlertCommandError) in
                try book.passUp(incident: id, note: note, actor: actor, now: now, configuration: configuration)
            }
            return (StateChange(alerts: [alert], incidents: [incident], events: events), .report(incident, alert), [])
        case .followUp(let id, let note, let written, let actor):
            let configuration = configuration
            let (incident, alert, events) = try alertCommand { (book: inout AlertBook) throws(AlertCommandError) in
                try book.followUp(incident: id, note: note, written: written, actor: actor, now: now, configuration: configuration)
            }
            return (StateChange(alerts: [alert], incidents: [incident], events: events), .report(incident, alert), [])
        case .checkIn(let shiftID, let unit, let person, let actor):
            let (shift, outcome) = try dutyCommand { (book: inout DutyBook, configuration) throws(DutyCommandError) in
                try book.checkIn(shiftID: shiftID, unit: unit, person: person, actor: actor, now: now, configuration: configuration)
            }
            let confirmed = outcome.events.compactMap { $0.action == .spotCheckConfirmed ? $0.spotCheck : nil }
            return (dutyChange(outcome, now: now), .checkIn(shift, confirmedSpotChecks: confirmed), [])
        case .spotCheck(let unit, let target, let report, let actor):
            let (shift, check, outcome) = try dutyCommand { (book: inout DutyBook, configuration) throws(DutyCommandError) in
                try book.spotCheck(unit: unit, target: target, report: report, actor: actor, now: now, configuration: configuration)
            }
            return (dutyChange(outcome, now: now), .spotCheck(shift, check), [])
        case .requestSwap(let shift, let partner, let note, let anyUnit, let actor):
            return try swapCommand { (book: inout SwapBook, configuration) throws(SwapCommandError) in
                try book.request(shiftID: shift, partner: partner, note: note, anyUnit: anyUnit, actor: actor, now: now, configuration: configuration)
            }
        case .decideSwap(let id, let approve, let reason, let actor):
            return try swapCommand { (book: inout SwapBook, configuration) throws(SwapCommandError) in
                try book.decide(id: id, approve: approve, reason: reason, actor: actor, now: now, configuration: configuration)
            }
        case .fileRoster(let unit, let period, let actor):
            return try fileRoster(unit: unit, period: period, actor: actor, now: now)
        case .hazard(let id, let step, let actor):
            return try hazardStep(step, id: id, actor: actor, now: now)
        case .importLedger(let input, let dryRun, let allowUnmatched, let actor):
            return try importLedger(input, dryRun: dryRun, allowUnmatched: allowUnmatched, actor: actor, now: now)
        case .reply(let phone, let text):
            return reply(from: phone, text: text, now: now)
        case .fileDaily(let unit, let date, let note, let actor):
            let filed: (filing: DailyFiling, alertRequests: [AlertRequest])
            do throws(DailyCommandError) {
                filed = try daily.file(unit: unit, date: date, note: note, actor: actor, now: now, configuration: configuration)
            } catch {
                throw .daily(error)
            }
            let events = alerts.apply(filed.alertRequests, now: now, configuration: configuration)
            var change = StateChange(alerts: events.compactMap { alerts.alerts[$0.alertID] }, events: events)
            change.dailyFilings = [filed.filing]
            return (change, .daily(filed.filing), [DailyJournal.filed(filed.filing, configuration: configuration)])
        case .sendDaily(let unit, let date, let followUps, let actor):
            return try sendDaily(unit: unit, date: date ?? clock.localDate(now), followUps: followUps, actor: actor, now: now)
        }
    }

    /// The daily reports of `unit` (every unit with a parent when nil) for `date`, as notices to the level above.
    private func sendDaily(
        unit: String?, date: LocalDate, followUps: [String: [Date]], actor: ActorIdentity, now: Date
    ) throws(CommandError) -> (StateChange, CommandReply, [JournalEntry]) {
        let sent = dailyNotices(unit: unit, date: date, followUps: followUps, actor: actor, now: now)
        if let error = sent.error {
            switch error {
            case .unknownUnit(let id): throw .daily(.unknownUnit(id))
            case .notInHolidayPeriod(let date): throw .daily(.notInHolidayPeriod(date))
            }
        }
        return (StateChange(notifications: sent.notices), .dailySent(sent.reports, notices: sent.notices.count), sent.journal)
    }

    private mutating func alertCommand<Value>(_ body: (inout AlertBook) throws(AlertCommandError) -> Value) throws(CommandError) -> Value {
        do throws(AlertCommandError) { return try body(&alerts) } catch { throw .alert(error) }
    }

    private mutating func dutyCommand<Value>(_ body: (inout DutyBook, Configuration) throws(DutyCommandError) -> Value) throws(CommandError) -> Value {
        do throws(DutyCommandError) { return try body(&duty, configuration) } catch { throw .duty(error) }
    }

    /// The change of a duty command, with the alerts it asked for raised.
    private mutating func dutyChange(_ outcome: DutyOutcome, now: Date) -> StateChange {
        let events = alerts.apply(outcome.alertRequests, now: now, configuration: configuration)
        var change = StateChange(alerts: events.compactMap { alerts.alerts[$0.alertID] }, events: events)
        change.duty = outcome
        return change
    }

    private mutating func hazardStep(_ step: HazardStep, id: String, actor: ActorIdentity, now: Date) throws(CommandError) -> (StateChange, CommandReply, [JournalEntry]) {
        let clock = clock
        let outcome: HazardOutcome
        do throws(HazardCommandError) {
            switch step {
            case .progress(let note): outcome = try hazards.progress(id: id, note: note, actor: actor, now: now)
            case .rectified(let note): outcome = try hazards.reportRectified(id: id, note: note, actor: actor, now: now)
            case .verify(let note): outcome = try hazards.verify(id: id, note: note, actor: actor, now: now)
            case .reopen(let reason): outcome = try hazards.reopen(id: id, reason: reason, actor: actor, now: now)
            case .extend(let deadline, let reason, let approvedBy):
                outcome = try hazards.extend(id: id, to: deadline, reason: reason, approvedBy: approvedBy, actor: actor, now: now, clock: clock)
            }
        } catch {
            throw .hazard(error, id: id, status: hazards.hazards[id]?.status)
        }
        let events = alerts.apply(outcome.alertRequests, now: now, configuration: configuration)
        let change = StateChange(
            alerts: events.compactMap { alerts.alerts[$0.alertID] }, events: events,
            hazards: outcome.hazardIDs.compactMap { hazards.hazards[$0] }, hazardEvents: outcome.hazardEvents)
        return (change, .hazard(hazards.hazards[id]!), [])
    }

    private mutating func importLedger(
        _ input: LedgerInput, dryRun: Bool, allowUnmatched: Bool, actor: ActorIdentity, now: Date
    ) throws(CommandError) -> (StateChange, CommandReply, [JournalEntry]) {
        let table: CSVTable
        switch input {
        case .unreadable(let path, let problem): throw .ledger(file: path, problems: [problem])
        case .table(let read): table = read
        }
        let planned = LedgerReader.reading(table, configuration: configuration, allowUnmatched: allowUnmatched).flatMap { reading in
            LedgerImportPlan.plan(file: table.file, reading: reading, book: hazards, clock: clock)
        }
        let plan: LedgerImportPlan
        switch planned {
        case .failure(let problems): throw .ledger(file: table.file, problems: problems.problems.map(\.line))
        case .success(let made): plan = made
        }
        guard !dryRun else { return (StateChange(), .ledger(plan), []) }
        let outcome = hazards.apply(plan, actor: actor, now: now)
        let change = StateChange(hazards: outcome.hazardIDs.compactMap { hazards.hazards[$0] }, hazardEvents: outcome.hazardEvents)
        return (change, .ledger(plan), HazardJournal.imported(plan, actor: actor))
    }
}
