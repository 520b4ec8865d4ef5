import DutyShell
import Foundation
import Testing

/// The message catalog that `journalctl -x` reads must explain every event the daemon logs.
@Suite("journal message catalog")
struct JournalCatalogTests {
    /// The catalog's entries: MESSAGE_ID (lower case) → the lines of its entry, for entries in the default language.
    static func catalogEntries() throws -> [String: [Substring]] {
        let catalog = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "deploy/catalog/dutyd.catalog")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        var entries: [String: [Substring]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") {
                let words = line.dropFirst(3).split(separator: " ")
                // A second word is a language (`-- ID zh_CN`): a translation, not a new entry.
                current = words.count == 1 ? words[0].lowercased() : nil
                if let current { entries[current, default: []] = [] }
            } else if let current {
                entries[current]?.append(line)
            }
        }
        return entries
    }

    @Test("every MESSAGE_ID of JournalEvent has a catalog entry with a subject and a text")
    func everyEventIsCatalogued() throws {
        let entries = try Self.catalogEntries()
        for event in JournalEvent.allCases {
            let entry = entries[event.messageID]
            #expect(entry != nil, "\(event.rawValue) (MESSAGE_ID \(event.messageID)) has no entry in deploy/catalog/dutyd.catalog")
            guard let entry else { continue }
            #expect(entry.contains { $0.hasPrefix("Subject: ") }, "the catalog entry of \(event.rawValue) has no Subject: line")
            #expect(entry.contains { $0.hasPrefix("Defined-By: dutyd") }, "the catalog entry of \(event.rawValue) has no Defined-By: dutyd line")
            let body = entry.drop { !$0.isEmpty }.filter { !$0.isEmpty }
            #expect(!body.isEmpty, "the catalog entry of \(event.rawValue) has no explanatory text")
        }
    }

    @Test("the catalog has no entry for a MESSAGE_ID the daemon no longer uses, and ids are unique")
    func noStaleEntries() throws {
        let used = Set(JournalEvent.allCases.map(\.messageID))
        #expect(used.count == JournalEvent.allCases.count, "two journal events share a MESSAGE_ID")
        let stale = try Self.catalogEntries().keys.filter { !used.contains($0) }
        #expect(stale.isEmpty, "catalog entries without a JournalEvent: \(stale.sorted())")
    }
}
