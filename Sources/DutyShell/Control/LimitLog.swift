import Dispatch
import DutyCore

/// Journal entries for control clients turned away at a limit: at most one a minute for each user
/// and limit, counting the refusals in between, so a flood shows who it is without flooding the journal.
struct LimitLog {
    private struct Key: Hashable {
        var uid: UInt32
        var limit: ControlRefusal.Limit
    }

    /// When an entry was last written for a key, and the refusals not logged since.
    private var last: [Key: (at: DispatchTime, refused: Int)] = [:]
    static let interval = Duration.seconds(60)

    /// The entry to write for `refusal` of `peer` at `now`, or nil when one was written less than a minute ago.
    mutating func entry(for refusal: ControlRefusal, peer: PeerCredentials, now: DispatchTime) -> JournalEntry? {
        let key = Key(uid: peer.uid, limit: refusal.limit)
        if let previous = last[key], now < previous.at + Self.interval.timeInterval {
            last[key]?.refused += 1
            return nil
        }
        let refused = (last[key]?.refused ?? 0) + 1
        last[key] = (now, 0)
        let since = refused > 1 ? " (\(refused) times since the last entry)" : ""
        return JournalEntry(
            .controlLimitReached, .warning,
            "turned away \(peer.userName) (uid \(peer.uid), pid \(peer.pid)) at \(refusal.limit.rawValue)\(since): \(refusal.reason)",
            fields: [
                "peer_user": peer.userName, "peer_uid": "\(peer.uid)", "peer_pid": "\(peer.pid)",
                "limit": refusal.limit.rawValue, "refused": "\(refused)",
            ])
    }
}
