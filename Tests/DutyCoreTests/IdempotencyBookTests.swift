import DutyCore
import Foundation
import Testing

@Suite("Idempotency keys")
struct IdempotencyBookTests {
    let start = SimulationClock.at(10, 1, 8, 0)
    let reply: [UInt8] = Array(#"{"parameters":{"alert":{"id":17}}}"#.utf8) + [0]

    @Test("a key answers with its first reply, for its own method only, until it expires a day later")
    func answersUntilExpiry() {
        var book = IdempotencyBook()
        #expect(book.lookup("k1", method: "io.dutyd.Acknowledge", now: start) == .unknown)
        let change = book.remember("k1", method: "io.dutyd.Acknowledge", reply: reply, now: start)
        #expect(change.storedReplies.map(\.key) == ["k1"])
        #expect(change.storedReplies.first?.expiresAt == start + IdempotencyBook.lifetime)
        #expect(change.repliesExpiredBy == start)

        let almost = start + IdempotencyBook.lifetime - 1
        #expect(book.lookup("k1", method: "io.dutyd.Acknowledge", now: almost) == .answered(reply))
        #expect(book.lookup("k1", method: "io.dutyd.Resolve", now: almost) == .usedFor(method: "io.dutyd.Acknowledge"))
        #expect(book.lookup("k1", method: "io.dutyd.Acknowledge", now: start + IdempotencyBook.lifetime) == .unknown)
    }

    @Test("expired keys are dropped when a reply is remembered or on expire, the others kept")
    func dropsExpired() {
        var book = IdempotencyBook()
        _ = book.remember("early", method: "io.dutyd.Report", reply: reply, now: start)
        _ = book.remember("late", method: "io.dutyd.Report", reply: reply, now: start + 3_600)
        #expect(book.expire(now: start + IdempotencyBook.lifetime - 1).isEmpty)
        #expect(book.count == 2)
        #expect(book.expire(now: start + IdempotencyBook.lifetime) == ["early"])
        #expect(book.count == 1)
        _ = book.remember("next", method: "io.dutyd.Report", reply: reply, now: start + IdempotencyBook.lifetime + 3_600)
        #expect(book.count == 1, "late expired when next was remembered")
        #expect(book.lookup("next", method: "io.dutyd.Report", now: start + IdempotencyBook.lifetime + 3_601) == .answered(reply))
    }

    @Test("a book read back from storage keeps what had not expired, and a clock stepped back does not expire a key early")
    func readBack() {
        let stored = StoredReply(key: "k", method: "io.dutyd.CheckIn", reply: reply, storedAt: start, expiresAt: start + IdempotencyBook.lifetime)
        var book = IdempotencyBook(replies: [stored])
        #expect(book.lookup("k", method: "io.dutyd.CheckIn", now: start - 86_400) == .answered(reply))
        #expect(book.expire(now: start - 86_400).isEmpty)
        #expect(book.expire(now: start + IdempotencyBook.lifetime) == ["k"])
    }
}
