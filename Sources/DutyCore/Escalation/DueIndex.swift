import Foundation
import HeapModule

/// Alerts ordered by when they are next due, so a check touches only what is due.
///
/// Entries are never updated in place: a changed due time is pushed again, and stale entries
/// are skipped (and counted) when they surface.
public struct DueIndex: Sendable, Equatable {
    struct Entry: Comparable, Sendable {
        var due: Date
        var alertID: Int64

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.due, lhs.alertID) < (rhs.due, rhs.alertID)
        }
    }

    private var heap = Heap<Entry>()

    public init() {}

    public static func == (lhs: DueIndex, rhs: DueIndex) -> Bool {
        lhs.heap.unordered.sorted() == rhs.heap.unordered.sorted()
    }

    /// Records that `alertID` is due at `due`.
    mutating func insert(_ alertID: Int64, due: Date) {
        heap.insert(Entry(due: due, alertID: alertID))
    }

    /// The earliest entry, if any.
    var earliest: Entry? { heap.min }

    /// Removes and returns the earliest entry if it is due at or before `now`.
    mutating func popDue(at now: Date) -> Entry? {
        guard let first = heap.min, first.due <= now else { return nil }
        return heap.removeMin()
    }

    /// Drops the earliest entry (a stale one).
    mutating func dropEarliest() {
        _ = heap.popMin()
    }

    /// Number of entries, stale ones included.
    var count: Int { heap.count }
}
