import DutyProtocol
import DutyTerminal

/// How dutyctl shows one swap.
enum SwapText {
    /// The swap as JSON or as a key/value table.
    static func print(_ swap: SwapInfo, global: GlobalOptions) throws {
        if global.json { return try printJSON(SwapReply(swap: swap)) }
        var rows = [
            (tr("swap"), String(swap.id)),
            (tr("shift"), swap.shift),
            (tr("unit"), "\(swap.unitName) (\(swap.unit))"),
            (tr("requester"), "\(swap.requesterName) (\(swap.requester))"),
            (tr("partner"), "\(swap.partnerName) (\(swap.partner))"),
            (tr("state"), Vocabulary.swapStates.show(swap.state)),
            (tr("requested"), "\(swap.requestedAt)  \(swap.requestedBy)"),
        ]
        if let note = swap.note { rows.append((tr("note"), note)) }
        if let decided = swap.decidedAt { rows.append((tr("decided"), "\(decided)  \(swap.decidedBy ?? "")")) }
        if let reason = swap.reason { rows.append((tr("reason"), reason)) }
        Swift.print(TextTable.keyValue(rows, width: global.tableWidth))
    }
}
