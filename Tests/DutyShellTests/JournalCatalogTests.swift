import DutyCore
import DutyShell
import Foundation
import Testing

/// The message catalog that `journalctl -x` reads must explain every event the daemon logs,
/// in English and in every translation it carries.
@Suite("journal message catalog")
struct JournalCatalogTests {
    /// A catalog entry: `-- MESSAGE_ID [language]` and the lines up to the next entry.
    struct Entry {
        var messageID: String
        /// Empty for the default (English) entry, else e.g. `zh_CN`.
        var language: String
        var lines: [Substring]
    }

    static func catalogEntries() throws -> [Entry] {
        let catalog = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "deploy/catalog/dutyd.catalog")
        var entries: [Entry] = []
        for line in try String(contentsOf: catalog, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") {
                let words = line.dropFirst(3).split(separator: " ")
                entries.append(Entry(messageID: words[0].lowercased(), language: words.dropFirst().first.map(String.init) ?? "", lines: []))
            } else if !line.hasPrefix("#"), !entries.isEmpty {
                entries[entries.count - 1].lines.append(line)
            }
        }
        return entries
    }

    @Test("every MESSAGE_ID of JournalEvent has an entry with a subject and a text, in every language of the catalog")
    func everyEventIsCatalogued() throws {
        let entries = try Self.catalogEntries()
        let languages = Set(entries.map(\.language))
        #expect(languages.contains(""), "the catalog has no default (English) entries")
        for language in languages.sorted() {
            let shown = language.isEmpty ? "" : " \(language)"
            for event in JournalEvent.allCases {
                let matching = entries.filter { $0.messageID == event.messageID && $0.language == language }
                #expect(matching.count == 1, "\(event.rawValue) (MESSAGE_ID \(event.messageID)) has \(matching.count) entries \"-- \(event.messageID)\(shown)\" in deploy/catalog/dutyd.catalog, want 1")
                guard let entry = matching.first else { continue }
                #expect(entry.lines.contains { $0.hasPrefix("Subject: ") }, "the\(shown) catalog entry of \(event.rawValue) has no Subject: line")
                #expect(entry.lines.contains { $0.hasPrefix("Defined-By: dutyd") }, "the\(shown) catalog entry of \(event.rawValue) has no Defined-By: dutyd line")
                let body = entry.lines.drop { !$0.isEmpty }.filter { !$0.isEmpty }
                #expect(!body.isEmpty, "the\(shown) catalog entry of \(event.rawValue) has no explanatory text")
            }
        }
    }

    @Test("the catalog has no entry for a MESSAGE_ID the daemon does not use, and ids are unique")
    func noStaleEntries() throws {
        let used = Set(JournalEvent.allCases.map(\.messageID))
        #expect(used.count == JournalEvent.allCases.count, "two journal events share a MESSAGE_ID")
        let stale = Set(try Self.catalogEntries().map(\.messageID)).subtracting(used)
        #expect(stale.isEmpty, "catalog entries without a JournalEvent: \(stale.sorted())")
    }
}
