import DutyCore
import Foundation
import Testing

@testable import DutyShell

@Suite("The STATUS= line systemctl status shows")
struct StatusLineTests {
    let shanghai = WallClock(zoneIdentifier: "Asia/Shanghai")
    /// 2026-10-01 00:00 UTC, 08:00 in Shanghai.
    let morning = Date(timeIntervalSince1970: 1_790_812_800)

    @Test("times carry their UTC offset, and counts are singular or plural as they should be")
    func zonesAndPlurals() {
        let one = StatusLineInputs(units: 1, openAlerts: 1, nextCheck: morning, nextWakeup: morning.addingTimeInterval(3600))
        #expect(one.text(clock: shanghai) == "1 unit, 1 open alert; next check 2026-10-01 08:00:00 +08:00; next deadline 2026-10-01 09:00:00 +08:00")
        let many = StatusLineInputs(units: 11, openAlerts: 0, nextCheck: morning, nextWakeup: nil)
        #expect(many.text(clock: WallClock(zoneIdentifier: "UTC")) == "11 units, 0 open alerts; next check 2026-10-01 00:00:00 UTC")
        #expect(many.text(clock: WallClock(zoneIdentifier: "America/St_Johns")) == "11 units, 0 open alerts; next check 2026-09-30 21:30:00 -02:30")
    }

    @Test("a refused reload leads the line with its first diagnostic, shortened, and how many more there were")
    func refusedReload() {
        let diagnostic = "/etc/dutyd/dutyd.toml:3:18: invalid duration \"soon\""
        let refused = StatusLineInputs(units: 11, openAlerts: 2, nextCheck: morning, nextWakeup: nil, reloadRefused: (diagnostic, 3))
        #expect(refused.text(clock: shanghai)
            == "reload refused, running the previous configuration: \(diagnostic) (and 2 more); 11 units, 2 open alerts; next check 2026-10-01 08:00:00 +08:00")
        let long = StatusLineInputs(units: 11, openAlerts: 2, nextCheck: morning, nextWakeup: nil, reloadRefused: (String(repeating: "长", count: 500), 1))
        #expect(long.text(clock: shanghai).hasPrefix("reload refused, running the previous configuration: " + String(repeating: "长", count: 200) + "…; 11 units"))
        #expect(refused != StatusLineInputs(units: 11, openAlerts: 2, nextCheck: morning, nextWakeup: nil))
    }
}
