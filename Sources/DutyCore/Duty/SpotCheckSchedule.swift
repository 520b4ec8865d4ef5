import Foundation

/// The random spot-check times of a shift: the same for the same seed and shift, so that they
/// survive restarts without being stored, and differ between shifts and between sites.
public enum SpotCheckSchedule {
    /// `count` whole minutes, ascending, between the end of the check-in grace and `window`
    /// before the shift ends; fewer when the shift is too short.
    public static func times(for shift: Shift, count: Int, seed: UInt64, settings: DutySettings) -> [Date] {
        let first = shift.start + settings.checkinGrace
        let last = shift.end - settings.spotCheckWindow
        let minutes = Int(Int64(saturating: last.timeIntervalSince(first) / 60, rounding: .towardZero))
        guard count > 0, minutes > 0 else { return [] }
        var generator = SplitMix64(state: seed ^ fnv1a(shift.id))
        let offsets = (0..<count).map { _ in Int(generator.next() % UInt64(minutes)) }
        return Set(offsets).sorted().map { first.addingTimeInterval(Double($0) * 60) }
    }

    /// FNV-1a over the UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every process.
    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// Steele, Lea and Flood's SplitMix64: small, fast and reproducible.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
