import Foundation

/// Turns swap events into notices to the requester, the partner and the leader on duty: one
/// per channel (the journal always included), with a stable key, in fixed Chinese text.
///
/// Like duty notices they are not alerts: alert 0, level 0, no channel templates.
public struct SwapNoticePlanner: Sendable {
    public let configuration: Configuration
    /// The roster as loaded, so a cancelled swap's shift is still found when the reload kept it.
    public let loadedRoster: Roster

    public init(configuration: Configuration, loadedRoster: Roster) {
        self.configuration = configuration
        self.loadedRoster = loadedRoster
    }

    public func notifications(for events: [SwapEvent], book: SwapBook) -> [OutboundNotification] {
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        return events.flatMap { event -> [OutboundNotification] in
            guard let swap = book.swaps[event.swapID] else { return [] }
            let text = text(swap, event: event, clock: clock)
            return event.recipients.flatMap { recipient -> [OutboundNotification] in
                let person = configuration.person(recipient)
                let own = person.map { configuration.channels(for: $0, kind: nil, at: event.time) } ?? []
                let fields = [
                    "name": person?.name ?? recipient, "swap": String(swap.id), "shift": swap.shiftID, "state": event.state.rawValue,
                    "unit": unitOf(swap).map { configuration.tree[$0]?.name ?? $0 } ?? "",
                ]
                return ([ChannelDefinition.journalID] + own.filter { $0 != ChannelDefinition.journalID }).map { channel in
                    OutboundNotification(
                        key: "swap/\(swap.id)/\(event.state.rawValue)/\(recipient)/\(channel)", alertID: 0, level: 0, recipient: recipient,
                        channel: channel, text: "【dutyd·换班】\(person?.name ?? recipient)：" + text, fields: fields, createdAt: event.time)
                }
            }
        }
    }

    /// What happened, the same for everyone told.
    private func text(_ swap: Swap, event: SwapEvent, clock: WallClock) -> String {
        let requester = configuration.person(swap.requester)?.name ?? swap.requester
        let partner = configuration.person(swap.partner)?.name ?? swap.partner
        let shift = (configuration.roster[swap.shiftID] ?? loadedRoster[swap.shiftID]).map { shift in
            "\(configuration.tree[shift.unit]?.name ?? shift.unit)\(DutyBook.minute(shift.start, clock))至\(DutyBook.minute(shift.end, clock))的值班"
        } ?? "班次\(swap.shiftID)"
        let reason = event.note.map { "（\($0)）" } ?? ""
        switch event.state {
        case .requested:
            return "\(requester)申请将\(shift)换给\(partner)\(reason)，换班申请\(swap.id)待带班领导审批：dutyctl roster swap approve \(swap.id)"
        case .approved:
            return "换班申请\(swap.id)已批准：\(shift)由\(partner)代替\(requester)。"
        case .refused:
            return "换班申请\(swap.id)未获批准\(reason)：\(shift)仍由\(requester)值班。"
        case .cancelled:
            return "换班申请\(swap.id)已取消\(reason)：\(shift)按值班表执行。"
        }
    }

    private func unitOf(_ swap: Swap) -> String? {
        (configuration.roster[swap.shiftID] ?? loadedRoster[swap.shiftID])?.unit
    }
}
