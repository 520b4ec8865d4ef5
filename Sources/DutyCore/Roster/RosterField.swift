/// The columns of a roster spreadsheet, with the header names each is recognised by.
///
/// Headers are matched exactly after trimming spaces; `[duty.column_names]` adds names.
public enum RosterField: String, CaseIterable, Sendable, Hashable {
    case unit
    case date
    case shift
    case hours
    case dutyOfficer = "duty_officer"
    case dutyOfficerPhone = "duty_officer_phone"
    case leaderOnDuty = "leader_on_duty"
    case leaderPhone = "leader_phone"

    /// The built-in header names; the first is the one bureaus' templates use.
    public var standardNames: [String] {
        switch self {
        case .unit: ["单位", "单位名称", "值班单位", "unit"]
        case .date: ["日期", "值班日期", "date"]
        case .shift: ["班次", "shift"]
        case .hours: ["起止时间", "值班时间", "时间", "hours"]
        case .dutyOfficer: ["值班人员", "值班人", "值班员", "duty_officer"]
        case .dutyOfficerPhone: ["联系电话", "值班电话", "值班人员电话", "duty_officer_phone"]
        case .leaderOnDuty: ["带班领导", "值班领导", "leader_on_duty"]
        case .leaderPhone: ["带班领导电话", "领导电话", "值班领导电话", "leader_phone"]
        }
    }
}
