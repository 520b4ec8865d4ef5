import Foundation
import HeapModule

/// The replies to changes by idempotency key: a change repeated with the key of one already
/// made is answered with the first reply and changes nothing again. Keys expire `lifetime`
/// after their change; the clock is passed in.
public struct IdempotencyBook: Sendable {
    /// How long a key is remembered after its change.
    public static let lifetime: TimeInterval = 24 * 3600

    /// What the book knows of a key.
    public enum Lookup: Sendable, Equatable {
        /// Not used, or expired: the change is to be made.
        case unknown
        /// Used for this method: answer with this reply.
        case answered([UInt8])
        /// Used for another method: refuse the call.
        case usedFor(method: String)
    }

    private var replies: [String: StoredReply] = [:]
    /// Keys by expiry, earliest first (a key stored again is found here twice; its later entry counts).
    private var expiries = Heap<Expiry>()

    /// The book holding `replies`, as read back from the state database.
    public init(replies: [StoredReply] = []) {
        for reply in replies { store(reply) }
    }

    /// The number of keys remembered (expired ones until `remember` or `expire` drops them).
    public var count: Int { replies.count }

    /// What to do with a change carrying `key` for `method` at `now`.
    public func lookup(_ key: String, method: String, now: Date) -> Lookup {
        guard let stored = replies[key], stored.expiresAt > now else { return .unknown }
        return stored.method == method ? .answered(stored.reply) : .usedFor(method: stored.method)
    }

    /// Remembers the reply of a change just made and drops the keys expired by `now`; returns
    /// the state change to commit with it (in the same transaction as the change itself).
    public mutating func remember(_ key: String, method: String, reply: [UInt8], now: Date) -> StateChange {
        expire(now: now)
        let stored = StoredReply(key: key, method: method, reply: reply, storedAt: now, expiresAt: now + Self.lifetime)
        store(stored)
        var change = StateChange()
        change.storedReplies = [stored]
        change.repliesExpiredBy = now
        return change
    }

    /// Drops the keys expired by `now`; returns them.
    @discardableResult
    public mutating func expire(now: Date) -> [String] {
        var dropped: [String] = []
        while let first = expiries.min, first.at <= now {
            expiries.removeMin()
            if let stored = replies[first.key], stored.expiresAt <= now {
                replies[first.key] = nil
                dropped.append(first.key)
            }
        }
        return dropped
    }

    private mutating func store(_ reply: StoredReply) {
        replies[reply.key] = reply
        expiries.insert(Expiry(at: reply.expiresAt, key: reply.key))
    }

    /// When a key expires.
    private struct Expiry: Comparable, Sendable {
        var at: Date
        var key: String

        static func < (lhs: Expiry, rhs: Expiry) -> Bool {
            (lhs.at, lhs.key) < (rhs.at, rhs.key)
        }
    }
}
