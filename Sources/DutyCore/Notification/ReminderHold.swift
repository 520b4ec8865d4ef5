import Foundation

/// Holds shift and hazard reminders that fall due inside a quiet window of their unit: their
/// notifications are queued with `notBefore` at the window's end, and each hold is journalled.
/// Spot-check requests and alerts are not reminders and are not held here.
struct ReminderHold {
    /// The end and window of each held item, by the notification key prefix that names it.
    private var held: [(prefix: String, window: QuietWindow, end: Date)] = []
    /// One `reminder_held` entry per held reminder.
    private(set) var journal: [JournalEntry] = []

    init(configuration: Configuration, clock: WallClock, duty: [DutyEvent], hazards: [HazardEvent], book: HazardBook) {
        var items: [(prefix: String, item: String, unit: String, time: Date)] = []
        for event in duty where event.action == .reminded {
            guard let shift = configuration.roster[event.shiftID] else { continue }
            items.append(("shift/\(event.shiftID)/reminded/", "shift:\(event.shiftID)", shift.unit, event.time))
        }
        for event in hazards where event.action == .reminded {
            guard let hazard = book.hazards[event.hazardID] else { continue }
            items.append(("hazard/\(event.hazardID)/reminder/\(event.time.milliseconds)/", "hazard:\(event.hazardID)", hazard.unit, event.time))
        }
        for item in items {
            guard let (window, end) = configuration.quietEnd(unit: item.unit, at: item.time) else { continue }
            held.append((item.prefix, window, end))
            let until = clock.iso8601(end)
            journal.append(JournalEntry(
                .reminderHeld, .info, "reminder for \(item.item) held by the quiet window \"\(window.name)\" of \(window.unit) until \(until)",
                fields: ["item": item.item, "unit": item.unit, "window": window.name, "until": until]))
        }
    }

    /// `notifications` with those of held reminders not sent before their window ends.
    func apply(_ notifications: [OutboundNotification]) -> [OutboundNotification] {
        guard !held.isEmpty else { return notifications }
        return notifications.map { notification in
            guard let hold = held.first(where: { notification.key.hasPrefix($0.prefix) }) else { return notification }
            var waiting = notification
            waiting.notBefore = hold.end
            return waiting
        }
    }
}
