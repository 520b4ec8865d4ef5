/// The starts of one channel's deliveries in the last minute, oldest first, for its
/// `rate_per_minute`: recording and pruning cost O(1) per delivery however high the rate.
struct RateWindow {
    static let span: UInt64 = 60_000_000_000
    private var starts: [UInt64] = []
    private var head = 0

    /// Deliveries started in the minute before `now` (uptime nanoseconds); forgets older ones.
    mutating func count(at now: UInt64) -> Int {
        while head < starts.count, now - starts[head] >= Self.span { head += 1 }
        if head > 4_096, head * 2 > starts.count {
            starts.removeFirst(head)
            head = 0
        }
        return starts.count - head
    }

    /// When (uptime nanoseconds) the oldest start in the window leaves it, if any.
    var nextRelease: UInt64? { head < starts.count ? starts[head] + Self.span : nil }

    mutating func record(_ now: UInt64) { starts.append(now) }
}
