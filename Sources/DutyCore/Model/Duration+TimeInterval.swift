import Foundation

extension Duration {
    /// The duration in seconds, for Foundation's date arithmetic and for Dispatch: the one conversion.
    public var timeInterval: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension Date {
    /// The date `duration` later.
    public static func + (date: Date, duration: Duration) -> Date {
        date.addingTimeInterval(duration.timeInterval)
    }

    /// The date `duration` earlier.
    public static func - (date: Date, duration: Duration) -> Date {
        date.addingTimeInterval(-duration.timeInterval)
    }
}
