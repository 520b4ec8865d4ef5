extension DutyState {
    /// Runs a swap step on the swap book; an approval puts the partner in the roster at once.
    mutating func swapCommand(
        _ body: (inout SwapBook, Configuration) throws(SwapCommandError) -> (Swap, SwapEvent)
    ) throws(CommandError) -> (StateChange, CommandReply, [JournalEntry]) {
        let (swap, event): (Swap, SwapEvent)
        do throws(SwapCommandError) { (swap, event) = try body(&swaps, configuration) } catch { throw .swap(error) }
        if swap.state == .approved { configuration.roster = swaps.applied(to: loadedRoster, configuration: configuration) }
        var change = StateChange()
        change.swaps = [swap]
        change.swapEvents = [event]
        return (change, .swap(swap), [])
    }
}
