/// A named holiday period (五一, 国庆 …): its days off and its make-up working days (调休).
public struct HolidayPeriod: Sendable, Equatable {
    public var name: String
    /// The first and last day off, inclusive.
    public var first: LocalDate
    public var last: LocalDate
    /// Weekend days that are working days in exchange (调休上班).
    public var makeUpWorkdays: [LocalDate]

    public init(name: String, first: LocalDate, last: LocalDate, makeUpWorkdays: [LocalDate] = []) {
        self.name = name
        self.first = first
        self.last = last
        self.makeUpWorkdays = makeUpWorkdays
    }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }
}

/// The holiday periods during which units must keep a 24-hour duty, in the bureau's zone.
public struct HolidayCalendar: Sendable, Equatable {
    public var periods: [HolidayPeriod]

    public init(periods: [HolidayPeriod] = []) {
        self.periods = periods.sorted { $0.first < $1.first }
    }
}
