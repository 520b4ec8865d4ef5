import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// The swap methods of `io.dutyd`: request, decide and list swaps (换班).
enum SwapMethods {
    static func request(_ request: RequestSwapRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<SwapReply, VarlinkError> {
        let note = request.note.flatMap { $0.isEmpty ? nil : $0 }
        return reply(daemon.run(.requestSwap(shift: request.shift, partner: request.with, note: note, anyUnit: daemon.scope == nil, actor: actor)), daemon)
    }

    static func decide(_ request: DecideSwapRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<SwapReply, VarlinkError> {
        guard ["approve", "refuse"].contains(request.decision) else {
            return .failure(.invalidValue("decision", phrase: Phrase("value.swapDecision", request.decision)))
        }
        let reason = request.reason.flatMap { $0.isEmpty ? nil : $0 }
        return reply(daemon.run(.decideSwap(id: request.id, approve: request.decision == "approve", reason: reason, actor: actor)), daemon)
    }

    static func swaps(_ request: SwapsRequest, _ daemon: isolated Daemon) -> Result<SwapsReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        if let unit = request.unit, configuration.tree[unit] == nil { return .failure(.unknownUnit(unit)) }
        let swaps = daemon.state.swaps.all.filter { swap in
            request.unit.map { unit in unitOf(swap, daemon).map { configuration.tree.isWithin($0, ancestor: unit) } ?? false } ?? true
        }
        return .success(SwapsReply(swaps: swaps.map { info($0, daemon) }))
    }

    private static func reply(_ result: Result<CommandReply, CommandError>, _ daemon: isolated Daemon) -> Result<SwapReply, VarlinkError> {
        result.mapError(VarlinkError.init).map { reply in
            guard case .swap(let swap) = reply else { preconditionFailure("a swap command replies with its swap") }
            return SwapReply(swap: info(swap, daemon))
        }
    }

    /// The unit of the swap's shift, in the roster now or as loaded.
    private static func unitOf(_ swap: Swap, _ daemon: isolated Daemon) -> String? {
        (daemon.state.configuration.roster[swap.shiftID] ?? daemon.state.loadedRoster[swap.shiftID])?.unit ?? swap.shiftID.split(separator: "/").first.map(String.init)
    }

    private static func info(_ swap: Swap, _ daemon: isolated Daemon) -> SwapInfo {
        let configuration = daemon.loaded.configuration
        let clock = daemon.loaded.clock
        let unit = unitOf(swap, daemon) ?? ""
        return SwapInfo(
            id: swap.id, shift: swap.shiftID, unit: unit, unitName: configuration.tree[unit]?.name ?? unit, requester: swap.requester,
            requesterName: configuration.person(swap.requester)?.name ?? swap.requester, partner: swap.partner,
            partnerName: configuration.person(swap.partner)?.name ?? swap.partner, state: swap.state.rawValue, note: swap.note,
            requestedBy: swap.requestedBy.description, requestedAt: clock.iso8601(swap.requestedAt), decidedBy: swap.decidedBy?.description,
            decidedAt: swap.decidedAt.map(clock.iso8601), reason: swap.reason)
    }
}
