import Foundation

/// Every shift loaded from the roster files, ordered by start and unit.
///
/// Copies share one storage with the shifts and their indexes by id and by unit, built once per
/// roster; its identity tells the duty engine whether its deadline index was built for this roster.
public struct Roster: Sendable, Equatable {
    private final class Storage: Sendable {
        let shifts: [Shift]
        let byID: [String: Int]
        /// Positions in `shifts` of each unit's shifts, in roster order.
        let byUnit: [String: [Int]]

        init(shifts: [Shift]) {
            self.shifts = shifts
            byID = Dictionary(shifts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            byUnit = Dictionary(grouping: shifts.indices, by: { shifts[$0].unit })
        }
    }

    private let storage: Storage

    public init(shifts: [Shift] = []) {
        storage = Storage(shifts: shifts.sorted { ($0.start, $0.unit) < ($1.start, $1.unit) })
    }

    /// Every shift, ordered by start and unit.
    public var shifts: [Shift] { storage.shifts }

    public static func == (lhs: Roster, rhs: Roster) -> Bool {
        lhs.isIdentical(to: rhs) || lhs.shifts == rhs.shifts
    }

    /// Whether both are copies of the same loaded roster (not merely equal shifts).
    func isIdentical(to other: Roster) -> Bool {
        storage === other.storage
    }

    public subscript(id: String) -> Shift? {
        storage.byID[id].map { storage.shifts[$0] }
    }

    /// The shifts of `unit`, ordered by start.
    public func shifts(at unit: String) -> [Shift] {
        (storage.byUnit[unit] ?? []).map { storage.shifts[$0] }
    }

    /// Shifts on at `instant` at `unit` (or anywhere when nil).
    public func onDuty(at instant: Date, unit: String? = nil) -> [Shift] {
        (unit.map(shifts(at:)) ?? shifts).filter { $0.isWellFormed && $0.covers(instant) }
    }

    /// Shifts at the units in `units` (every unit when nil) that overlap `from..<to`.
    public func shifts(units: Set<String>?, from: Date, to: Date) -> [Shift] {
        shifts.filter { shift in
            (units?.contains(shift.unit) ?? true) && shift.start < to && (shift.end > from || shift.start >= from)
        }
    }
}
