import Foundation

/// The swaps (换班) requested, decided and cancelled, and the roster they make of the loaded one.
///
/// Pure like the other books: every operation takes `now` and the configuration whose roster
/// already carries the approved swaps, and returns what it changed.
public struct SwapBook: Sendable, Equatable {
    public private(set) var swaps: [Int64: Swap] = [:]
    private var lastID: Int64 = 0

    public init(swaps: [Swap] = []) {
        for swap in swaps { self.swaps[swap.id] = swap }
        lastID = swaps.map(\.id).max() ?? 0
    }

    /// Every swap, oldest first.
    public var all: [Swap] { swaps.values.sorted { $0.id < $1.id } }

    /// A request by `actor` (the person whose place it is, or a clerk for them) to give that place
    /// in `shiftID` to `partnerKey` (id or name). A partner of another unit needs `anyUnit`.
    public mutating func request(
        shiftID: String, partner partnerKey: String, note: String?, anyUnit: Bool, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(SwapCommandError) -> (Swap, SwapEvent) {
        let shift = try Self.open(shiftID, now: now, configuration: configuration)
        guard let requester = actor.person?.id else { throw .noRequester }
        guard Self.place(of: requester, in: shift) != nil else { throw .notInShift(shift: shift.id, person: actor.person?.name ?? requester) }
        let partners = configuration.people(matching: partnerKey)
        guard partners.count < 2 else { throw .ambiguousPerson(partnerKey, count: partners.count) }
        guard let partner = partners.first else { throw .unknownPerson(partnerKey) }
        guard Self.place(of: partner.id, in: shift) == nil else { throw .partnerInShift(shift: shift.id, person: partner.name) }
        guard anyUnit || partner.unit == shift.unit else {
            throw .partnerOfOtherUnit(partner: partner.name, unit: configuration.tree[partner.unit]?.name ?? partner.unit, shiftUnit: configuration.tree[shift.unit]?.name ?? shift.unit)
        }
        if let waiting = swaps.values.first(where: { $0.shiftID == shift.id && $0.requester == requester && $0.state == .requested }) {
            throw .alreadyRequested(shift: shift.id, id: waiting.id)
        }
        lastID += 1
        let swap = Swap(id: lastID, shiftID: shift.id, requester: requester, partner: partner.id, note: note, requestedBy: actor, requestedAt: now)
        swaps[swap.id] = swap
        return (swap, event(swap, state: .requested, note: note, actor: actor, now: now, shift: shift))
    }

    /// Approves or refuses swap `id`: the shift's leader on duty, or an admin acting for nobody,
    /// before the shift starts; never the requester or the partner.
    public mutating func decide(
        id: Int64, approve: Bool, reason: String?, actor: ActorIdentity, now: Date, configuration: Configuration
    ) throws(SwapCommandError) -> (Swap, SwapEvent) {
        guard var swap = swaps[id] else { throw .unknownSwap(id) }
        guard swap.state == .requested else { throw .alreadyDecided(id, state: swap.state) }
        let shift = try Self.open(swap.shiftID, now: now, configuration: configuration)
        if let person = actor.person {
            guard person.id != swap.requester, person.id != swap.partner else { throw .ownSwap(id, person: person.name) }
            guard shift.leaderOnDuty?.id == person.id else { throw .notTheLeader(id, person: person.name, leader: shift.leaderOnDuty?.name ?? "-") }
        }
        if approve {
            guard Self.place(of: swap.requester, in: shift) != nil else {
                throw .notInShift(shift: shift.id, person: configuration.person(swap.requester)?.name ?? swap.requester)
            }
            guard Self.place(of: swap.partner, in: shift) == nil else {
                throw .partnerInShift(shift: shift.id, person: configuration.person(swap.partner)?.name ?? swap.partner)
            }
        }
        swap.state = approve ? .approved : .refused
        swap.decidedBy = actor
        swap.decidedAt = now
        swap.reason = reason
        swaps[id] = swap
        return (swap, event(swap, state: swap.state, note: reason, actor: actor, now: now, shift: shift))
    }

    /// Cancels the live swaps that `loaded` (a roster just loaded) takes away the ground of: their
    /// shift is gone, or a person of theirs is no longer configured.
    public mutating func cancel(for loaded: Configuration, now: Date) -> [(Swap, SwapEvent)] {
        all.filter(\.isLive).compactMap { swap -> (Swap, SwapEvent)? in
            let reason: String
            if loaded.roster[swap.shiftID] == nil {
                reason = "shift \(swap.shiftID) is no longer in the roster"
            } else if let missing = [swap.requester, swap.partner].first(where: { loaded.person($0) == nil }) {
                reason = "\(missing) is no longer configured"
            } else {
                return nil
            }
            var cancelled = swap
            cancelled.state = .cancelled
            cancelled.decidedBy = .daemon
            cancelled.decidedAt = now
            cancelled.reason = reason
            swaps[swap.id] = cancelled
            let recipients = [swap.requester, swap.partner].filter { loaded.person($0) != nil }
            return (cancelled, SwapEvent(swapID: swap.id, time: now, actor: .daemon, state: .cancelled, note: reason, recipients: recipients))
        }
    }

    /// `roster` with each approved swap's partner in its requester's place, in the order approved;
    /// the same roster when no approved swap applies.
    public func applied(to roster: Roster, configuration: Configuration) -> Roster {
        var changed: [String: Shift] = [:]
        for swap in all where swap.state == .approved {
            guard var shift = changed[swap.shiftID] ?? roster[swap.shiftID], let partner = configuration.person(swap.partner) else { continue }
            let person = DutyPerson(id: partner.id, name: partner.name, phone: partner.phone)
            switch Self.place(of: swap.requester, in: shift) {
            case .officer(let index):
                if index == 0 { shift.dutyOfficer = person } else { shift.otherOfficers[index - 1] = person }
            case .leader: shift.leaderOnDuty = person
            case nil: continue
            }
            changed[shift.id] = shift
        }
        guard !changed.isEmpty else { return roster }
        return Roster(shifts: roster.shifts.map { changed[$0.id] ?? $0 })
    }

    /// A person's place in a shift.
    private enum Place {
        case officer(Int)
        case leader
    }

    private static func place(of person: String, in shift: Shift) -> Place? {
        if let index = shift.dutyOfficers.firstIndex(where: { $0.id == person }) { return .officer(index) }
        return shift.leaderOnDuty?.id == person ? .leader : nil
    }

    /// The shift `id` if it has not started.
    private static func open(_ id: String, now: Date, configuration: Configuration) throws(SwapCommandError) -> Shift {
        guard let shift = configuration.roster[id] else { throw .unknownShift(id) }
        guard now < shift.start else { throw .shiftStarted(shift: id, start: WallClock(zoneIdentifier: configuration.daemon.timeZone).iso8601(shift.start)) }
        return shift
    }

    /// The event of `swap` entering `state`, told to its requester, partner and leader on duty but not to the one who acted.
    private func event(_ swap: Swap, state: SwapState, note: String?, actor: ActorIdentity, now: Date, shift: Shift) -> SwapEvent {
        var recipients: [String] = []
        for id in [swap.requester, swap.partner, shift.leaderOnDuty?.id].compactMap({ $0 }) where id != actor.person?.id && !recipients.contains(id) {
            recipients.append(id)
        }
        return SwapEvent(swapID: swap.id, time: now, actor: actor, state: state, note: note, recipients: recipients)
    }
}
