import DutyPhrases
import DutyTOML

/// Cross-reference checks between units, people and channels: unique ids, existing parents and
/// units, a tree without cycles whose levels descend, and known people and channels.
struct ReferenceCheck {
    let log: DiagnosticLog
    let units: [UnitDraft]
    /// Ids of `[[units]]` entries refused for a mistake of their own (reported there): not unknown.
    let refusedUnitIDs: Set<String>
    let people: [PersonDraft]
    let channels: [ChannelDraft]

    func checkUnits() {
        let unitsByID = firstByID(units.map(\.id), what: "unit")
        let peopleIDs = Set(people.map(\.id.value))
        let inCycles = reportCycles(unitsByID: unitsByID)
        for draft in units {
            if let parent = draft.parent {
                if let parentDraft = unitsByID[parent.value].map({ units[$0] }) {
                    if parentDraft.kind >= draft.kind && !inCycles.contains(draft.id.value) {
                        log.report(
                            "unit \"\(draft.id.value)\" (\(draft.kind.rawValue)) cannot have parent \"\(parent.value)\" (\(parentDraft.kind.rawValue)): a parent must be a higher level (province > city > county > school)",
                            at: parent.location)
                    }
                } else if !refusedUnitIDs.contains(parent.value) {
                    log.report(Phrase("config.unknownParent", parent.value, draft.id.value), at: parent.location)
                }
            }
            for channel in draft.channels {
                switch channels.first(where: { $0.id.value == channel.value })?.channel.type {
                case nil:
                    log.report(Phrase("config.unitChannel", "\(channel.value)", "\(draft.id.value)"), at: channel.location)
                case .email:
                    log.report(Phrase("config.unitEmail", "\(draft.id.value)", "\(channel.value)"), at: channel.location)
                default:
                    break
                }
            }
            for (role, holders) in draft.contacts {
                for holder in holders where !peopleIDs.contains(holder.value) {
                    log.report(Phrase("config.unknownContact", holder.value, role.rawValue, draft.id.value), at: holder.location)
                }
            }
        }
    }

    func checkPeople() {
        _ = firstByID(channels.map(\.id), what: "channel")
        _ = firstByID(people.map(\.id), what: "person")
        let unitIDs = Set(units.map(\.id.value)).union(refusedUnitIDs)
        let channelIDs = Set(channels.map(\.id.value) + [ChannelDefinition.journalID])
        for draft in people {
            if !unitIDs.contains(draft.unit.value) {
                log.report(Phrase("config.unknownUnitOfPerson", draft.id.value, draft.unit.value), at: draft.unit.location)
            }
            for channel in draft.channels where !channelIDs.contains(channel.value) {
                log.report(Phrase("config.personChannel", "\(channel.value)", "\(draft.id.value)"), at: channel.location)
            }
            let emailChannels = Set(channels.filter { $0.channel.type == .email }.map(\.id.value))
            for channel in draft.channels where emailChannels.contains(channel.value) && draft.person.email == nil {
                log.report(Phrase("config.personNoEmail", "\(draft.id.value)", "\(channel.value)"), at: channel.location)
            }
        }
    }

    /// Maps each id to the index of its first definition, reporting later duplicates.
    private func firstByID(_ ids: [Located<String>], what: String) -> [String: Int] {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id.value] {
                let word = Phrase("config.what.\(what)")
                log.report(Phrase("config.duplicateID", what, id.value, String(ids[earlier].location.line), word.chinese), at: id.location)
            } else {
                first[id.value] = index
            }
        }
        return first
    }

    /// Reports each cycle once, at the parent key of its first unit in file order; returns the ids on cycles.
    private func reportCycles(unitsByID: [String: Int]) -> Set<String> {
        var reported = Set<String>()
        for draft in units where !reported.contains(draft.id.value) {
            var chain = [draft.id.value]
            var current = draft
            while let parent = current.parent, let next = unitsByID[parent.value].map({ units[$0] }) {
                if next.id.value == draft.id.value {
                    chain.append(draft.id.value)
                    reported.formUnion(chain)
                    log.report(Phrase("config.cycle", "\(chain.joined(separator: " → "))"), at: draft.parent!.location)
                    break
                }
                if chain.contains(next.id.value) { break }
                chain.append(next.id.value)
                current = next
            }
        }
        return reported
    }
}
