/// How shifts are watched, from the `[duty]` table.
public struct DutySettings: Sendable, Equatable {
    /// How long before a shift starts its duty officer is reminded.
    public var reminderLead: Duration
    /// How long after the start the check-in may come before a missed check-in is raised.
    public var checkinGrace: Duration
    /// How long the officer has to confirm presence at a spot check.
    public var spotCheckWindow: Duration
    /// How long a person a spot check did not reach at the post has to call back and confirm (回电确认).
    public var callbackWindow: Duration
    /// Random spot checks during each shift.
    public var spotChecksPerShift: Int
    /// Seed of the random spot-check times; nil lets the daemon choose one and keep it in its state.
    public var spotCheckSeed: UInt64?
    /// Units that must be staffed around the clock on holidays; empty means every unit named in a roster.
    public var staffedUnits: [String]
    /// Named shifts for the roster's 班次 column, e.g. 白班 = 08:00-20:00.
    public var shiftNames: [String: ShiftHours]
    /// Extra header names for roster columns, by field.
    public var columnNames: [RosterField: [String]]
    /// How long before a holiday period starts each unit must have filed (报备) its roster; nil when filing is not watched.
    public var rosterFilingDeadline: Duration?

    public static let defaultShiftNames: [String: ShiftHours] = [
        "白班": ShiftHours(start: TimeOfDay(hour: 8, minute: 0)!, end: TimeOfDay(hour: 20, minute: 0)!),
        "夜班": ShiftHours(start: TimeOfDay(hour: 20, minute: 0)!, end: TimeOfDay(hour: 8, minute: 0)!),
        "全天": ShiftHours(start: TimeOfDay(hour: 8, minute: 0)!, end: TimeOfDay(hour: 8, minute: 0)!),
    ]

    public init(
        reminderLead: Duration = .seconds(1_800), checkinGrace: Duration = .seconds(900), spotCheckWindow: Duration = .seconds(600),
        callbackWindow: Duration = .seconds(300), spotChecksPerShift: Int = 0, spotCheckSeed: UInt64? = nil, staffedUnits: [String] = [],
        shiftNames: [String: ShiftHours] = defaultShiftNames, columnNames: [RosterField: [String]] = [:]
    ) {
        self.reminderLead = reminderLead
        self.checkinGrace = checkinGrace
        self.spotCheckWindow = spotCheckWindow
        self.callbackWindow = callbackWindow
        self.spotChecksPerShift = spotChecksPerShift
        self.spotCheckSeed = spotCheckSeed
        self.staffedUnits = staffedUnits
        self.shiftNames = shiftNames
        self.columnNames = columnNames
    }
}
