import DutyCore
import Logging

/// Maps a log record to journal fields: the standard ones plus our `DUTYD_*` fields.
///
/// Metadata keys become `DUTYD_` + the key in upper case (`unit` → `DUTYD_UNIT`); the `event`
/// key also selects the `MESSAGE_ID`.
public enum JournalFields {
    public static let identifier = "dutyd"

    /// The fields of one entry, in a stable order.
    public static func fields(for event: LogEvent, metadata: Logger.Metadata) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("MESSAGE", event.message.description),
            ("PRIORITY", String(priority(of: event.level))),
            ("SYSLOG_IDENTIFIER", identifier),
            ("CODE_FILE", event.file),
            ("CODE_LINE", String(event.line)),
            ("CODE_FUNC", event.function),
        ]
        if let name = metadata["event"]?.description, let known = JournalEvent(rawValue: name) {
            fields.append(("MESSAGE_ID", known.messageID))
        }
        for key in metadata.keys.sorted() {
            fields.append((fieldName(for: key), metadata[key]!.description))
        }
        return fields
    }

    /// The syslog priority (0 emergency … 7 debug) of a swift-log level.
    public static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// `DUTYD_` followed by the key in upper case, with anything but letters, digits and `_` made `_`.
    public static func fieldName(for key: String) -> String {
        let cleaned = key.uppercased().unicodeScalars.map { scalar -> Character in
            (("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
        }
        return "DUTYD_" + String(cleaned)
    }
}
