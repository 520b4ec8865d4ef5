/// One journal entry as a value: its typed event, priority, message and `DUTYD_*` fields.
///
/// The core returns entries in `Effects`; the shell writes them (`Logger.journal`) and adds the
/// standard fields and the event's `MESSAGE_ID`.
public struct JournalEntry: Sendable, Equatable {
    /// How urgent an entry is, as syslog orders it.
    public enum Priority: Sendable, Equatable {
        case debug, info, notice, warning, error, critical
    }

    public var event: JournalEvent
    public var priority: Priority
    public var message: String
    /// The entry's `DUTYD_*` fields by key (`alert` is `DUTYD_ALERT`), besides `DUTYD_EVENT`.
    public var fields: [String: String]

    public init(_ event: JournalEvent, _ priority: Priority, _ message: String, fields: [String: String] = [:]) {
        self.event = event
        self.priority = priority
        self.message = message
        self.fields = fields
    }
}
