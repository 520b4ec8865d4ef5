import Foundation

/// Every shift loaded from the roster files, ordered by start and unit.
public struct Roster: Sendable, Equatable {
    public let shifts: [Shift]
    private let index: [String: Int]

    public init(shifts: [Shift] = []) {
        self.shifts = shifts.sorted { ($0.start, $0.unit) < ($1.start, $1.unit) }
        index = Dictionary(self.shifts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: String) -> Shift? {
        index[id].map { shifts[$0] }
    }

    /// Shifts on at `instant` at `unit` (or anywhere when nil).
    public func onDuty(at instant: Date, unit: String? = nil) -> [Shift] {
        shifts.filter { $0.isWellFormed && $0.covers(instant) && (unit == nil || $0.unit == unit) }
    }

    /// Shifts at the units in `units` (every unit when nil) that overlap `from..<to`.
    public func shifts(units: Set<String>?, from: Date, to: Date) -> [Shift] {
        shifts.filter { shift in
            (units?.contains(shift.unit) ?? true) && shift.start < to && (shift.end > from || shift.start >= from)
        }
    }
}
