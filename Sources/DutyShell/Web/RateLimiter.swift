import Foundation
import Synchronization

/// Counts requests per key in one-minute windows and refuses those beyond the limit.
final class RateLimiter: Sendable {
    private struct Window {
        var start: Date
        var count: Int
    }

    private let windows = Mutex<[String: Window]>([:])
    let limit: Int

    init(perMinute limit: Int) {
        self.limit = limit
    }

    /// Counts one request for `key` at `now`; false when the key is over its limit this minute.
    func allow(_ key: String, now: Date) -> Bool {
        windows.withLock { windows in
            if windows.count > 50_000 { windows = windows.filter { now.timeIntervalSince($0.value.start) < 60 } }
            var window = windows[key] ?? Window(start: now, count: 0)
            if now.timeIntervalSince(window.start) >= 60 { window = Window(start: now, count: 0) }
            window.count += 1
            windows[key] = window
            return window.count <= limit
        }
    }
}
