/// A TOML date/time value exactly as written: an offset date-time, a local date-time,
/// a local date or a local time.
public struct TOMLDateTime: Hashable, Sendable {
    /// Which of TOML's four date/time forms a value was written in.
    public enum Kind: Hashable, Sendable {
        /// A date and time with a UTC offset, such as `1979-05-27T07:32:00Z`.
        case offsetDateTime
        /// A date and time without an offset, such as `1979-05-27T07:32:00`.
        case localDateTime
        /// A date alone, such as `1979-05-27`.
        case localDate
        /// A time alone, such as `07:32:00`.
        case localTime
    }

    /// The four-digit year; nil for a local time.
    public var year: Int?
    /// The month, 1 to 12; nil for a local time.
    public var month: Int?
    /// The day of the month, starting at 1; nil for a local time.
    public var day: Int?
    /// The hour, 0 to 23; nil for a local date.
    public var hour: Int?
    /// The minute, 0 to 59; nil for a local date.
    public var minute: Int?
    /// The second, 0 to 60 (60 being a leap second); nil for a local date.
    public var second: Int?
    /// The fraction of the second in nanoseconds, 0 when no fraction was written; nil for a local date.
    public var nanosecond: Int?
    /// The UTC offset in minutes (`Z` is 0); nil unless this is an offset date-time.
    public var offsetMinutes: Int?

    /// Creates a date/time from its parts; leave out the parts the value does not have.
    public init(
        year: Int? = nil, month: Int? = nil, day: Int? = nil,
        hour: Int? = nil, minute: Int? = nil, second: Int? = nil, nanosecond: Int? = nil,
        offsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
        self.offsetMinutes = offsetMinutes
    }

    /// The form this value was written in, derived from which parts are present.
    public var kind: Kind {
        if year == nil { return .localTime }
        if hour == nil { return .localDate }
        return offsetMinutes == nil ? .localDateTime : .offsetDateTime
    }
}
