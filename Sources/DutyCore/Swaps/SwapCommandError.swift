import DutyPhrases
import Foundation

/// Why a swap request or decision was refused; nothing was changed.
public enum SwapCommandError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownShift(String)
    case unknownSwap(Int64)
    /// The shift has started (or is over): its places are no longer swapped.
    case shiftStarted(shift: String, start: String)
    /// The request does not say whose place it swaps (`--for`).
    case noRequester
    case unknownPerson(String)
    case ambiguousPerson(String, count: Int)
    case notInShift(shift: String, person: String)
    case partnerInShift(shift: String, person: String)
    case partnerOfOtherUnit(partner: String, unit: String, shiftUnit: String)
    case alreadyRequested(shift: String, id: Int64)
    case alreadyDecided(Int64, state: SwapState)
    /// The requester or the partner tried to decide their own swap.
    case ownSwap(Int64, person: String)
    /// Someone other than the shift's leader on duty (or an admin acting for nobody) decided.
    case notTheLeader(Int64, person: String, leader: String)

    /// The reason as a code and arguments, for a client to say in its user's language.
    public var phrase: Phrase {
        switch self {
        case .unknownShift(let id): Phrase("swap.unknownShift", id)
        case .unknownSwap(let id): Phrase("swap.unknownSwap", String(id))
        case .shiftStarted(let shift, let start): Phrase("swap.shiftStarted", shift, start)
        case .noRequester: Phrase("swap.noRequester")
        case .unknownPerson(let key): Phrase("swap.unknownPerson", key)
        case .ambiguousPerson(let key, let count): Phrase("swap.ambiguousPerson", key, String(count))
        case .notInShift(let shift, let person): Phrase("swap.notInShift", person, shift)
        case .partnerInShift(let shift, let person): Phrase("swap.partnerInShift", person, shift)
        case .partnerOfOtherUnit(let partner, let unit, let shiftUnit): Phrase("swap.partnerOfOtherUnit", partner, unit, shiftUnit)
        case .alreadyRequested(let shift, let id): Phrase("swap.alreadyRequested", shift, String(id))
        case .alreadyDecided(let id, let state): Phrase("swap.alreadyDecided", String(id), state.rawValue)
        case .ownSwap(let id, let person): Phrase("swap.ownSwap", person, String(id))
        case .notTheLeader(let id, let person, let leader): Phrase("swap.notTheLeader", person, String(id), leader)
        }
    }

    public var description: String { phrase.english }
}
