import DutyCore
import Foundation
import Testing

@Suite("Conversions of times that cannot trap")
struct TimeConversionTests {
    @Test("milliseconds of dates far outside any calendar clamp instead of trapping")
    func millisecondsClamp() {
        #expect(Date(timeIntervalSince1970: 1_759_276_800.0004).milliseconds == 1_759_276_800_000)
        #expect(Date(timeIntervalSince1970: 9.3e18).milliseconds == .max)
        #expect(Date(timeIntervalSince1970: -9.3e18).milliseconds == .min)
        #expect(Int64(saturating: .nan) == 0)
        #expect(Int64(saturating: .infinity) == .max)
        #expect(Int64(saturating: -2.5, rounding: .towardZero) == -2)
    }

    @Test("a date 9,223,372,036,854,775,807 seconds after another formats without trapping")
    func farDates() {
        let clock = WallClock(zoneIdentifier: "Asia/Shanghai")
        let far = Date(timeIntervalSince1970: 0) + .seconds(Int64.max)
        #expect(!clock.iso8601(far).isEmpty)
        #expect(clock.iso8601(Date(timeIntervalSince1970: 1_759_276_800)) == "2025-10-01T08:00:00+08:00")
    }
}
