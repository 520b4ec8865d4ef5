import Foundation

/// Times are stored as whole milliseconds since 1970, so a time reads back exactly as written.
extension Date {
    /// The date as whole milliseconds since 1970.
    var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1_000).rounded()) }

    init(milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1_000)
    }

    /// The current time, rounded to the millisecond the database keeps.
    public static func nowToTheMillisecond() -> Date {
        Date(milliseconds: Date().milliseconds)
    }
}
