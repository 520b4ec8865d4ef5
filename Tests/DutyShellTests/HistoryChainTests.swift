import Crypto
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

    @Test("from keyed_from on a record carries the HMAC-SHA256 under the audit key of every field and the row it left")
    func keyedRecord() {
        var record = HistoryChain.Record(
            seq: 7, subject: "alert:3", time: 1_727_740_800_000, actor: "root", action: "acknowledged", level: 1, note: "已到场 \"a/b\"",
            recipients: AlertRecords.json(["wang", "a/b"]), dueAt: nil, previousHash: HistoryChain.genesis,
            rowState: #"[["state","acknowledged"]]"#)
        let key = SymmetricKey(data: [UInt8](repeating: 1, count: 32))
        // hmac.new(b"\x01" * 32, canonical, sha256) in Python, the row state the last length-prefixed field.
        #expect(record.mac(key: key) == "692d166db5ed9948f68de0e13619b45bcdaa61fd36f53f7181c7c26bf123b4d2")
        #expect(record.seal(keyedFrom: 7, key: key) == record.mac(key: key))
        #expect(record.seal(keyedFrom: 8, key: key) == record.hash)
        #expect(record.mac(key: SymmetricKey(data: [UInt8](repeating: 2, count: 32))) != record.mac(key: key))
        let unedited = record.mac(key: key)
        record.rowState = #"[["state","resolved"]]"#
        #expect(record.mac(key: key) != unedited)
    }
}
