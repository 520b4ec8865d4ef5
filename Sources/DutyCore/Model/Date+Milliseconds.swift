import Foundation

/// Times are stored as whole milliseconds since 1970, so a time reads back exactly as written.
extension Date {
    /// The date as whole milliseconds since 1970, clamped to what an `Int64` holds.
    public var milliseconds: Int64 { Int64(saturating: timeIntervalSince1970 * 1_000) }

    public init(milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1_000)
    }

    /// The current time, rounded to the millisecond the database keeps.
    public static func nowToTheMillisecond() -> Date {
        Date(milliseconds: Date().milliseconds)
    }
}

extension Int64 {
    /// `value` rounded by `rule` and clamped to the range of `Int64` (NaN reads as zero): a
    /// conversion of a time or a span of time that cannot trap however far off the value is.
    public init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        let whole = value.rounded(rule)
        if whole.isNaN {
            self = 0
        } else if whole >= 9_223_372_036_854_775_808.0 {
            self = .max
        } else if whole < -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int64(whole)
        }
    }
}
