import DutyCore
import Logging

extension Logger {
    /// Writes one journal entry: its event (and so its `MESSAGE_ID`), priority, message and fields;
    /// `CODE_FILE` and `CODE_LINE` name the caller.
    public func journal(_ entry: JournalEntry, file: String = #fileID, function: String = #function, line: UInt = #line) {
        var metadata: Logger.Metadata = ["event": "\(entry.event.rawValue)"]
        for (key, value) in entry.fields { metadata[key] = "\(value)" }
        log(level: Self.level(of: entry.priority), "\(entry.message)", metadata: metadata, file: file, function: function, line: line)
    }

    /// Writes an entry of `event` made here in the shell.
    public func journal(
        _ event: JournalEvent, _ priority: JournalEntry.Priority, _ message: String, fields: [String: String] = [:],
        file: String = #fileID, function: String = #function, line: UInt = #line
    ) {
        journal(JournalEntry(event, priority, message, fields: fields), file: file, function: function, line: line)
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
