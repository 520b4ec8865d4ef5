/// One person's duty hours in one role (`io.dutyd.DutyHours`).
public struct DutyHoursInfo: Codable, Sendable, Equatable {
    public var person: String
    public var name: String
    /// `duty_officer` or `leader_on_duty`.
    public var role: String
    public var shifts: Int
    public var hours: Double
    public var nightHours: Double
    public var holidayHours: Double

    enum CodingKeys: String, CodingKey {
        case person, name, role, shifts, hours
        case nightHours = "night_hours"
        case holidayHours = "holiday_hours"
    }

    public init(person: String, name: String, role: String, shifts: Int, hours: Double, nightHours: Double, holidayHours: Double) {
        self.person = person
        self.name = name
        self.role = role
        self.shifts = shifts
        self.hours = hours
        self.nightHours = nightHours
        self.holidayHours = holidayHours
    }
}

/// Parameters of `io.dutyd.RosterHours`.
public struct RosterHoursRequest: Codable, Sendable, Equatable {
    public var from: String
    public var to: String
    public var unit: String?
    /// `xlsx` for the table as a workbook too; nil or `csv` for CSV only.
    public var format: String?

    public init(from: String, to: String, unit: String?, format: String? = nil) {
        self.from = from
        self.to = to
        self.unit = unit
        self.format = format
    }
}

/// Reply of `io.dutyd.RosterHours`: the span as read, the hours per person and role, and the same
/// table as CSV for Excel (UTF-8 with BOM, Chinese headers) and, when asked, as an .xlsx workbook (base64).
public struct RosterHoursReply: Codable, Sendable, Equatable {
    public var from: String
    public var to: String
    public var hours: [DutyHoursInfo]
    public var csv: String
    public var xlsx: String?

    public init(from: String, to: String, hours: [DutyHoursInfo], csv: String, xlsx: String? = nil) {
        self.from = from
        self.to = to
        self.hours = hours
        self.csv = csv
        self.xlsx = xlsx
    }
}

/// Parameters of `io.dutyd.ShiftCalendar`: a person by id or name.
public struct ShiftCalendarRequest: Codable, Sendable, Equatable {
    public var person: String

    public init(person: String) {
        self.person = person
    }
}

/// Reply of `io.dutyd.ShiftCalendar`: the person and the iCalendar text of their shifts.
public struct ShiftCalendarReply: Codable, Sendable, Equatable {
    public var person: String
    public var name: String
    public var calendar: String

    public init(person: String, name: String, calendar: String) {
        self.person = person
        self.name = name
        self.calendar = calendar
    }
}
