import DutyCore
import Logging

extension Logger {
    /// Writes one journal entry: its event (and so its `MESSAGE_ID`), priority, message and fields.
    public func journal(_ entry: JournalEntry) {
        var metadata: Logger.Metadata = ["event": "\(entry.event.rawValue)"]
        for (key, value) in entry.fields { metadata[key] = "\(value)" }
        log(level: Self.level(of: entry.priority), "\(entry.message)", metadata: metadata)
    }

    /// Writes an entry of `event` made here in the shell.
    public func journal(_ event: JournalEvent, _ priority: JournalEntry.Priority, _ message: String, fields: [String: String] = [:]) {
        journal(JournalEntry(event, priority, message, fields: fields))
    }

    /// The swift-log level of an entry's priority.
    static func level(of priority: JournalEntry.Priority) -> Logger.Level {
        switch priority {
        case .debug: .debug
        case .info: .info
        case .notice: .notice
        case .warning: .warning
        case .error: .error
        case .critical: .critical
        }
    }
}
