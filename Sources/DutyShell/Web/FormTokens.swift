import Foundation
import Synchronization

/// Anti-forgery tokens: each page that offers a change carries one, bound to its link and fresh
/// for an hour. A POST's change is kept under its token (the idempotency key), so a replayed
/// POST is answered as the first and changes nothing again.
final class FormTokens: Sendable {
    private struct Issued {
        var link: String
        var expiresAt: Date
    }

    private let issued = Mutex<[String: Issued]>([:])
    /// How long a page's form stays usable.
    let lifetime: TimeInterval = 3_600
    /// The most tokens kept; beyond it the oldest expiring are dropped.
    let capacity = 100_000

    /// A fresh token for a page opened through `link`.
    func issue(link: String, now: Date) -> String {
        let token = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        issued.withLock { tokens in
            if tokens.count >= capacity {
                tokens = tokens.filter { $0.value.expiresAt > now }
                if tokens.count >= capacity, let oldest = tokens.min(by: { $0.value.expiresAt < $1.value.expiresAt }) {
                    tokens[oldest.key] = nil
                }
            }
            tokens[token] = Issued(link: link, expiresAt: now.addingTimeInterval(lifetime))
        }
        return token
    }

    /// Whether `token` was issued for `link` and is still fresh.
    func accepts(_ token: String, link: String, now: Date) -> Bool {
        issued.withLock { tokens in
            guard let found = tokens[token], found.link == link else { return false }
            return found.expiresAt > now
        }
    }
}
