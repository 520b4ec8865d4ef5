import Foundation
import Testing

@testable import DutyShell

/// Records written before keep verifying: the recipients' text and the hash must not change form.
@Suite("History records as hashed")
struct HistoryChainTests {
    @Test("recipients are written as JSONEncoder wrote them, and a record hashes as before")
    func recordHash() {
        let recipients = AlertRecords.json(["wang", "a/b"])
        #expect(recipients == String(decoding: try! JSONEncoder().encode(["wang", "a/b"]), as: UTF8.self))
        let record = HistoryChain.Record(
            seq: 7, subject: "alert:3", time: 1_727_740_800_000, actor: "root", action: "acknowledged", level: 1, note: "已到场 \"a/b\"",
            recipients: recipients, dueAt: nil, previousHash: HistoryChain.genesis)
        // sha256 of "1:7" + "7:alert:3" + … as computed independently (Python's hashlib).
        #expect(record.hash == "504f91f6da2797eeb8452fac63cfe5feae38bdf811d4549d2fba762d14c43094")
    }
}
