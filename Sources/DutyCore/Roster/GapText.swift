/// One line describing a roster gap, as `dutyd --check-config` prints it.
public enum GapText {
    /// `东港区实验小学 (dg-sy): no_leader_on_duty 2026-10-02 08:00:00 to 2026-10-02 20:00:00 (12h, 国庆节): dg-sy/2026-10-02T08:00`.
    public static func describe(_ gap: RosterGap, configuration: Configuration, clock: WallClock) -> String {
        let unit = "\(configuration.tree[gap.unit]?.name ?? gap.unit) (\(gap.unit))"
        let hours = gap.hours == gap.hours.rounded() ? "\(Int(gap.hours))h" : "\(gap.hours)h"
        let context = [hours] + (gap.holiday.map { [$0] } ?? [])
        let shifts = gap.shifts.isEmpty ? "" : ": " + gap.shifts.joined(separator: ", ")
        return "\(unit): \(gap.kind.rawValue) \(clock.readable(gap.start)) to \(clock.readable(gap.end)) (\(context.joined(separator: ", ")))\(shifts)"
    }
}
