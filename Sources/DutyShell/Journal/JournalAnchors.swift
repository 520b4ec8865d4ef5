import CSystemd
import DutyCore
import Glibc

/// Reads back the history anchors (`history_anchored` entries) that dutyd wrote for one state
/// database, through the sd-journal API, from the journal files of this machine.
public enum JournalAnchors {
    /// Every anchor of `stateDatabase` still in the journal, oldest first.
    ///
    /// Throws when the journal cannot be opened; finds none when this user may not read the
    /// system journal (dutyd's unit adds the group `systemd-journal` for that).
    public static func read(stateDatabase: String) throws -> [HistoryAnchor] {
        var opened: OpaquePointer?
        let status = sd_journal_open(&opened, Int32(SD_JOURNAL_LOCAL_ONLY))
        guard status >= 0, let journal = opened else {
            throw StateError("cannot open the journal to read the history anchors: \(String(cString: strerror(-status)))")
        }
        defer { sd_journal_close(journal) }
        for match in ["MESSAGE_ID=\(JournalEvent.historyAnchored.messageID)", "DUTYD_STATE_DATABASE=\(stateDatabase)"] {
            let added = match.withCString { sd_journal_add_match(journal, $0, strlen($0)) }
            guard added >= 0 else { throw StateError("cannot filter the journal by \(match): \(String(cString: strerror(-added)))") }
        }
        var anchors: [HistoryAnchor] = []
        while sd_journal_next(journal) > 0 {
            guard let seq = field("DUTYD_SEQ", of: journal).flatMap({ Int64($0) }), let mac = field("DUTYD_MAC", of: journal) else { continue }
            anchors.append(HistoryAnchor(seq: seq, mac: mac))
        }
        return anchors
    }

    /// The value of `name` in the current entry, if it has one.
    private static func field(_ name: String, of journal: OpaquePointer) -> String? {
        var data: UnsafeRawPointer?
        var length = 0
        guard sd_journal_get_data(journal, name, &data, &length) >= 0, let data else { return nil }
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        let prefix = name.utf8.count + 1
        guard length >= prefix else { return nil }
        return String(decoding: bytes[prefix...], as: UTF8.self)
    }
}
