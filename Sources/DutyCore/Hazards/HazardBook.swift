import DutyPhrases
import Foundation
import HashTreeCollections

/// Every hazard of every imported ledger, with the due-time index of their reminders and deadlines:
/// the pure closed-loop engine.
///
/// Like `AlertBook`, each operation takes `now` and the configuration, changes the book and returns
/// what happened, with the alerts to raise or end as requests (`AlertRequest`) for the alert book.
/// A refused command throws and changes nothing.
public struct HazardBook: Sendable {
    /// A persistent hash tree, as `AlertBook.alerts` is: a change copies only its path, not the book a page still holds.
    public private(set) var hazards: TreeDictionary<String, Hazard> = [:]
    private var idByNumber: [Int64: String] = [:]
    private var dueIndex = DueIndex()
    private var settings: HazardSettings
    private var lastNumber: Int64 = 0

    /// A book holding `hazards` as loaded from the state database.
    public init(hazards: [Hazard] = [], settings: HazardSettings) {
        self.settings = settings
        for hazard in hazards {
            lastNumber = max(lastNumber, hazard.number)
            store(hazard)
        }
    }

    /// Applies a planned import: adds the new hazards and updates the changed ones.
    public mutating func apply(_ plan: LedgerImportPlan, actor: ActorIdentity, now: Date) -> HazardOutcome {
        var outcome = HazardOutcome()
        for draft in plan.added {
            lastNumber += 1
            var hazard = Hazard(
                id: draft.id, number: lastNumber, entry: draft.entry, deadline: draft.deadline, status: draft.status,
                progress: draft.progress, createdAt: now)
            if hazard.status == .rectified || hazard.status == .closed {
                hazard.rectifiedBy = actor
                hazard.rectifiedAt = draft.rectifiedOn ?? draft.closedOn ?? now
            }
            if hazard.status == .closed {
                hazard.closedBy = actor
                hazard.closedAt = draft.closedOn ?? now
            }
            store(hazard)
            let note = "from \(plan.file), row \(draft.row): \(hazard.status.rawValue) (\(hazard.status.chineseName)), deadline \(draft.deadlineText)"
            outcome.hazardEvents.append(HazardEvent(hazardID: hazard.id, time: now, actor: actor, action: .imported, note: note))
        }
        for change in plan.changed {
            guard var hazard = hazards[change.id] else { continue }
            hazard.entry = change.entry
            store(hazard)
            let note = "from \(plan.file), row \(change.row): " + change.fields.map(\.description).joined(separator: "; ")
            outcome.hazardEvents.append(HazardEvent(hazardID: hazard.id, time: now, actor: actor, action: .changed, note: note))
        }
        return outcome
    }

    /// Records a progress note (整改进展); an open or reopened hazard becomes rectifying.
    public mutating func progress(id: String, note: String, actor: ActorIdentity, now: Date) throws(HazardCommandError) -> HazardOutcome {
        var hazard = try existing(id)
        guard hazard.status.awaitsRectification else { throw .invalidTransition(id, status: hazard.status, action: .progress) }
        let text = try required(note, Phrase("hazard.text.progressNote"))
        hazard.status = .rectifying
        hazard.progress = text
        store(hazard)
        return HazardOutcome(hazardEvents: [HazardEvent(hazardID: id, time: now, actor: actor, action: .progress, note: text)])
    }

    /// Records that the hazard was rectified; it now awaits verification by someone else. Ends its overdue alert.
    public mutating func reportRectified(
        id: String, note: String?, actor: ActorIdentity, now: Date
    ) throws(HazardCommandError) -> HazardOutcome {
        var hazard = try existing(id)
        guard hazard.status.awaitsRectification else { throw .invalidTransition(id, status: hazard.status, action: .rectified) }
        hazard.status = .rectified
        hazard.rectifiedBy = actor
        hazard.rectifiedAt = now
        hazard.unverifiedRaised = false
        if let note = nonEmpty(note) { hazard.progress = note }
        store(hazard)
        var outcome = HazardOutcome(hazardEvents: [HazardEvent(hazardID: id, time: now, actor: actor, action: .rectified, note: nonEmpty(note))])
        outcome.alertRequests = [.resolve(kinds: [.hazardOverdue], subject: hazard.subject, actor: actor, note: "hazard \(id) reported rectified")]
        return outcome
    }

    /// Verifies and closes (销号) a rectified hazard; the verifier must not be the person (or, for nobody, the account)
    /// who reported it rectified.
    /// Ends every alert about the hazard.
    public mutating func verify(id: String, note: String?, actor: ActorIdentity, now: Date) throws(HazardCommandError) -> HazardOutcome {
        var hazard = try existing(id)
        guard hazard.status == .rectified else { throw .invalidTransition(id, status: hazard.status, action: .verified) }
        if let reporter = hazard.rectifiedBy, reporter.party == actor.party { throw .selfVerification(id, actor: reporter) }
        hazard.status = .closed
        hazard.closedBy = actor
        hazard.closedAt = now
        store(hazard)
        var outcome = HazardOutcome(hazardEvents: [HazardEvent(hazardID: id, time: now, actor: actor, action: .verified, note: nonEmpty(note))])
        outcome.alertRequests = [.resolve(kinds: AlertKind.allCases, subject: hazard.subject, actor: actor, note: "hazard \(id) verified and closed")]
        return outcome
    }

    /// Sends a rectified or closed hazard back to rectification, with a reason; its deadline applies again.
    public mutating func reopen(id: String, reason: String, actor: ActorIdentity, now: Date) throws(HazardCommandError) -> HazardOutcome {
        var hazard = try existing(id)
        guard hazard.status == .rectified || hazard.status == .closed else { throw .invalidTransition(id, status: hazard.status, action: .reopened) }
        let text = try required(reason, Phrase("hazard.text.reason"))
        hazard.status = .reopened
        hazard.closedBy = nil
        hazard.closedAt = nil
        hazard.overdueRaised = false
        hazard.unverifiedRaised = false
        store(hazard)
        var outcome = HazardOutcome(hazardEvents: [HazardEvent(hazardID: id, time: now, actor: actor, action: .reopened, note: text)])
        outcome.alertRequests = [.resolve(kinds: [.rectificationUnverified], subject: hazard.subject, actor: actor, note: "hazard \(id) reopened")]
        return outcome
    }

    /// Extends the deadline (延期): needs a reason and who approved it, and a later deadline.
    /// Reminders start again for the new deadline, and an overdue alert it no longer deserves ends.
    public mutating func extend(
        id: String, to deadline: Date, reason: String, approvedBy approver: String, actor: ActorIdentity, now: Date, clock: WallClock
    ) throws(HazardCommandError) -> HazardOutcome {
        var hazard = try existing(id)
        guard hazard.status != .closed else { throw .invalidTransition(id, status: hazard.status, action: .extended) }
        let why = try required(reason, Phrase("hazard.text.extensionReason"))
        let approvedBy = try required(approver, Phrase("hazard.text.approver"))
        guard deadline > hazard.deadline else { throw .deadlineNotLater(id, current: hazard.deadline) }
        let note = "deadline \(clock.iso8601(hazard.deadline)) → \(clock.iso8601(deadline)), approved by \(approvedBy): \(why)"
        hazard.deadline = deadline
        hazard.remindedLead = nil
        var outcome = HazardOutcome(hazardEvents: [HazardEvent(hazardID: id, time: now, actor: actor, action: .extended, note: note)])
        if deadline > now {
            hazard.overdueRaised = false
            outcome.alertRequests = [.resolve(kinds: [.hazardOverdue], subject: hazard.subject, actor: actor, note: "deadline of hazard \(id) extended")]
        }
        store(hazard)
        return outcome
    }

    /// Sends the reminders, and raises the overdue and unverified alerts, that are due at or before `now`.
    public mutating func check(now: Date, configuration: Configuration) -> HazardOutcome {
        var outcome = HazardOutcome()
        let contacts = HazardContacts(configuration: configuration)
        // The time zone is looked up only when something is due, so that an idle check stays cheap.
        lazy var clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        while let entry = dueIndex.popDue(at: now) {
            guard let id = idByNumber[entry.alertID], var hazard = hazards[id], nextDue(of: hazard) == entry.due else { continue }
            outcome += step(&hazard, now: now, configuration: configuration, contacts: contacts, clock: clock)
            hazards[id] = hazard
            if let due = nextDue(of: hazard) { dueIndex.insert(hazard.number, due: due) }
        }
        return outcome
    }

    /// When the next hazard falls due, if any; drops stale index entries on the way.
    public mutating func nextDue() -> Date? {
        while let entry = dueIndex.earliest {
            if let id = idByNumber[entry.alertID], let hazard = hazards[id], nextDue(of: hazard) == entry.due { return entry.due }
            dueIndex.dropEarliest()
        }
        return nil
    }

    /// Takes new settings (after a reload) and rebuilds the due-time index for them.
    public mutating func reschedule(_ settings: HazardSettings) {
        guard settings != self.settings else { return }
        self.settings = settings
        dueIndex = DueIndex()
        for hazard in hazards.values {
            if let due = nextDue(of: hazard) { dueIndex.insert(hazard.number, due: due) }
        }
    }

    /// Hazards matching `filter`, by unit in tree order and then by id.
    public func hazards(matching filter: HazardFilter, tree: OrgTree, now: Date) -> [Hazard] {
        let order = Dictionary(uniqueKeysWithValues: tree.units.enumerated().map { ($1.id, $0) })
        return hazards.values
            .filter { filter.matches($0, tree: tree, now: now) }
            .sorted { (order[$0.unit] ?? .max, $0.number) < (order[$1.unit] ?? .max, $1.number) }
    }

    /// When `hazard` next needs the engine: a reminder, its deadline, or its verification time limit.
    func nextDue(of hazard: Hazard) -> Date? {
        switch hazard.status {
        case .closed:
            return nil
        case .rectified:
            guard !hazard.unverifiedRaised, let at = hazard.rectifiedAt else { return nil }
            return at + settings.verifyWithin
        case .open, .rectifying, .reopened:
            if let lead = pendingLead(of: hazard) { return hazard.deadline - lead }
            return hazard.overdueRaised ? nil : hazard.deadline
        }
    }

    /// The longest reminder lead not yet sent for the current deadline.
    private func pendingLead(of hazard: Hazard) -> Duration? {
        settings.reminders.first { lead in hazard.remindedLead.map { lead < $0 } ?? true }
    }

    private func step(
        _ hazard: inout Hazard, now: Date, configuration: Configuration, contacts: HazardContacts, clock: WallClock
    ) -> HazardOutcome {
        if hazard.status == .rectified {
            hazard.unverifiedRaised = true
            return HazardOutcome(alertRequests: [.raise(AlertRaise(
                kind: .rectificationUnverified, risk: hazard.risk, subject: hazard.subject, unit: hazard.unit,
                summary: "\(hazard.id) 已整改待验收：\(hazard.summary)", contacts: SubjectContacts(responsible: contacts.verifiers(for: hazard))))])
        }
        if now >= hazard.deadline {
            hazard.overdueRaised = true
            hazard.remindedLead = settings.reminders.last
            return HazardOutcome(alertRequests: [.raise(AlertRaise(
                kind: .hazardOverdue, risk: hazard.risk, subject: hazard.subject, unit: hazard.unit,
                summary: "\(hazard.id) 整改逾期（时限 \(LedgerDates.format(hazard.deadline, clock: clock))）：\(hazard.summary)",
                contacts: SubjectContacts(responsible: contacts.responsible(for: hazard))))])
        }
        // Of the leads whose time has come, only the shortest is sent: one reminder, not a burst after an outage.
        let due = settings.reminders.filter { lead in hazard.deadline - lead <= now && (hazard.remindedLead.map { lead < $0 } ?? true) }
        guard let lead = due.last else { return HazardOutcome() }
        hazard.remindedLead = lead
        let note = "deadline \(clock.iso8601(hazard.deadline)), \(DurationSyntax.format(lead)) reminder"
        let event = HazardEvent(
            hazardID: hazard.id, time: now, actor: ActorIdentity.daemon, action: .reminded, note: note,
            recipients: contacts.responsible(for: hazard))
        return HazardOutcome(hazardEvents: [event])
    }


    private func existing(_ id: String) throws(HazardCommandError) -> Hazard {
        guard let hazard = hazards[id] else { throw .notFound(id) }
        return hazard
    }

    private func required(_ text: String, _ what: Phrase) throws(HazardCommandError) -> String {
        guard let value = nonEmpty(text) else { throw .missingText(what) }
        return value
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text.map({ String($0.trimmingSpaces) }), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private mutating func store(_ hazard: Hazard) {
        let previousDue = hazards[hazard.id].flatMap(nextDue(of:))
        hazards[hazard.id] = hazard
        idByNumber[hazard.number] = hazard.id
        if let due = nextDue(of: hazard), due != previousDue { dueIndex.insert(hazard.number, due: due) }
    }
}
