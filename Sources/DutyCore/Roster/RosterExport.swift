/// Writes shifts back as a roster in the columns `RosterCSVDecoder` reads, so an export loads again as a roster.
public enum RosterExport {
    /// 单位, 日期, 起止时间, 值班人员, 联系电话, 带班领导, 带班领导电话: one row a shift, unit names as configured.
    public static func table(_ shifts: [Shift], tree: OrgTree, clock: WallClock) -> (header: [String], rows: [[String]]) {
        let columns: [RosterField] = [.unit, .date, .hours, .dutyOfficer, .dutyOfficerPhone, .leaderOnDuty, .leaderPhone]
        let rows = shifts.map { shift -> [String] in
            let start = clock.minuteStamp(shift.start).split(separator: "T")
            let end = clock.minuteStamp(shift.end).split(separator: "T")
            return [
                tree[shift.unit]?.name ?? shift.unit, String(start[0]), "\(start[1])-\(end[1])", shift.dutyOfficer.name, shift.dutyOfficer.phone,
                shift.leaderOnDuty?.name ?? "", shift.leaderOnDuty?.phone ?? "",
            ]
        }
        return (columns.map { $0.standardNames[0] }, rows)
    }
}
