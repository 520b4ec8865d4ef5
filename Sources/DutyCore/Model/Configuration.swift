/// The whole validated configuration of one bureau's daemon.
public struct Configuration: Sendable, Equatable {
    public var daemon: DaemonSettings
    public var data: DataFiles
    public var tree: OrgTree
    /// People in configuration order; `person(_:)` finds one by id.
    public let people: [Person]
    public var channels: [ChannelDefinition]
    public var policies: [EscalationPolicy]
    /// Reminder, check-in and spot-check settings (`[duty]`).
    public var duty: DutySettings
    /// Holiday periods from the calendar files.
    public var calendar: HolidayCalendar
    /// Shifts from the roster files.
    public var roster: Roster
    /// Reminder lead times and the verification window for hazards (`[hazards]`).
    public var hazards: HazardSettings
    /// Where each person is defined, by id: `dutyd.toml:152:6`, or `people.xlsx: 通讯录!A3` for a people list.
    public var personPlaces: [String: String] = [:]
    /// Groups whose members may change state for some units only (`[[admins]]`).
    public var admins: [AdminScope]
    /// The field pages' listener (`[web]`); nil when nothing listens.
    public var web: WebSettings?
    /// Times in which units are not to be disturbed (`[[quiet_windows]]`).
    public var quietWindows: [QuietWindow] = []
    /// When units file their daily duty report (`[daily_report]`); nil when no unit must file.
    public var dailyReport: DailyReportSettings?
    /// Positions in `people` by id: recipients are looked up per notification, listing and
    /// delivery, too often to scan a province's tens of thousands of people each time.
    private let personIndex: [String: Int]
    /// Positions in `people` by name, in configuration order.
    private let nameIndex: [String: [Int]]

    public init(
        daemon: DaemonSettings,
        data: DataFiles,
        tree: OrgTree,
        people: [Person],
        channels: [ChannelDefinition],
        policies: [EscalationPolicy],
        duty: DutySettings = DutySettings(),
        calendar: HolidayCalendar = HolidayCalendar(),
        roster: Roster = Roster(),
        hazards: HazardSettings = HazardSettings(),
        admins: [AdminScope] = [],
        web: WebSettings? = nil
    ) {
        self.daemon = daemon
        self.data = data
        self.tree = tree
        self.people = people
        personIndex = Dictionary(people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        nameIndex = Dictionary(grouping: people.indices) { people[$0].name }
        self.channels = channels
        self.policies = policies
        self.duty = duty
        self.calendar = calendar
        self.roster = roster
        self.hazards = hazards
        self.admins = admins
        self.web = web
    }

    /// The person with `id`, if configured.
    public func person(_ id: String) -> Person? {
        personIndex[id].map { people[$0] }
    }

    /// The people named `name`, in configuration order.
    public func people(named name: String) -> [Person] {
        (nameIndex[name] ?? []).map { people[$0] }
    }

    /// The people whose id or name is `key`, in configuration order.
    public func people(matching key: String) -> [Person] {
        let positions = (personIndex[key].map { [$0] } ?? []) + (nameIndex[key] ?? [])
        return Set(positions).sorted().map { people[$0] }
    }
}
