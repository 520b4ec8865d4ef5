import Foundation

extension DutyBook {
    /// A spot check (抽查) of the duty officer, or the leader on duty, on duty at `unit` now.
    ///
    /// Without a report it asks the person to confirm presence within the spot-check window. With
    /// one it records what the checker found: answered at the post confirms it at once; no answer
    /// or someone else answering leaves it open for the callback window (the person calls back from
    /// the duty phone and confirms); off post raises the absence at once. An absence while the
    /// officer's check-in is missed updates that alert instead of raising a second one.
    public mutating func spotCheck(
        unit: String, target: DutyRole = .dutyOfficer, report: SpotCheckReport? = nil, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(DutyCommandError) -> (shift: Shift, spotCheck: SpotCheck, outcome: DutyOutcome) {
        guard configuration.tree[unit] != nil else { throw .unknownUnit(unit) }
        guard let shift = configuration.roster.onDuty(at: now, unit: unit).first else { throw .nobodyOnDuty(unit) }
        if target == .leaderOnDuty, shift.leaderOnDuty == nil { throw .noLeaderOnDuty(shift: shift.id) }
        if let open = spotChecks(of: shift.id).first(where: { $0.state == .open && $0.target == target }) {
            throw .spotCheckOpen(shift: shift.id, id: open.id)
        }
        var outcome = DutyOutcome()
        guard let report else {
            let check = request(shift, ordinal: nil, target: target, actor: actor, now: now, due: nil, configuration: configuration, into: &outcome)
            return (shift, check, outcome)
        }
        let person = target == .leaderOnDuty ? shift.leaderOnDuty! : shift.dutyOfficer
        let recipients = target == .leaderOnDuty ? [person.id] : shift.dutyOfficers.map(\.id)
        var recorded = report
        if recorded.method == .phone, recorded.phone.isEmpty { recorded.phone = person.phone }
        lastSpotCheckID += 1
        var check = SpotCheck(
            id: lastSpotCheckID, shiftID: shift.id, ordinal: nil, requestedAt: now, requestedBy: actor,
            dueAt: now + configuration.duty.callbackWindow, target: target, report: recorded)
        outcome.events.append(DutyEvent(shiftID: shift.id, time: now, actor: actor, action: .spotCheckRecorded, spotCheck: check.id, note: recorded.text))
        switch recorded.outcome {
        case .answeredAtPost:
            check.confirmedAt = now
            check.confirmedBy = actor
        case .noAnswer, .someoneElse:
            outcome.events.append(DutyEvent(
                shiftID: shift.id, time: now, actor: actor, action: .spotCheckRequested, spotCheck: check.id, recipients: recipients,
                confirmBy: check.dueAt))
            deadlines?.insert(.spotCheckDue(check))
        case .offPost:
            check.missedAt = now
            outcome.alertRequests.append(absence(check, on: shift, summary: "抽查\(check.id)：\(check.names(on: shift))\(recorded.text)"))
        }
        store(check)
        outcome.spotChecks.append(check)
        return (shift, check, outcome)
    }

    /// Opens a spot check asking `target` on `shift` to confirm within the spot-check window.
    mutating func request(
        _ shift: Shift, ordinal: Int?, target: DutyRole, actor: ActorIdentity, now: Date, due: Date?, configuration: Configuration,
        into outcome: inout DutyOutcome
    ) -> SpotCheck {
        lastSpotCheckID += 1
        let check = SpotCheck(
            id: lastSpotCheckID, shiftID: shift.id, ordinal: ordinal, requestedAt: now, requestedBy: actor,
            dueAt: now + configuration.duty.spotCheckWindow, target: target)
        store(check)
        outcome.spotChecks.append(check)
        outcome.events.append(DutyEvent(
            shiftID: shift.id, time: now, actor: actor, action: .spotCheckRequested, spotCheck: check.id, recipients: check.persons(on: shift).map(\.id),
            dueAt: due, confirmBy: check.dueAt))
        deadlines?.insert(.spotCheckDue(check))
        return check
    }

    /// The alert for an absence found by `check`: absent_at_spot_check about the person checked, or,
    /// while the officer's check-in is missed, an update of that alert.
    func absence(_ check: SpotCheck, on shift: Shift, summary: String) -> AlertRequest {
        var contacts = shift.contacts
        if check.target == .leaderOnDuty { contacts.responsible = contacts.leaderOnDuty }
        let raise = AlertRaise(
            kind: .absentAtSpotCheck, risk: nil, subject: AlertSubject(.shift, shift.id), unit: shift.unit, summary: summary, contacts: contacts)
        let record = records[shift.id]
        guard check.target == .dutyOfficer, record?.missedCheckinAt != nil, record?.checkedInAt == nil else { return .raise(raise) }
        return .raiseOrUpdate(raise, updating: .missedCheckin, note: summary)
    }
}
