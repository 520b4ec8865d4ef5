import DutyCore
import Foundation
import Testing

@Suite("Wall-clock formatting")
struct WallClockTests {
    @Test(
        "ISO 8601 by hand is Foundation's ISO8601FormatStyle, text for text",
        arguments: ["Asia/Shanghai", "America/New_York", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Europe/London", "UTC"])
    func iso8601(zone: String) {
        let clock = WallClock(zoneIdentifier: zone)
        let style = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: clock.timeZone)
        var generator = SystemRandomNumberGenerator()
        let fixed: [TimeInterval] = [
            0, -0.5, -1, 0.999, 59.999, 86_399.5, 951_782_400, 1_709_164_800, 1_790_000_000.25, 4_102_444_799, 4_102_444_800,
            -2_208_988_800, -1_000_000_000.75, 1_741_503_600, 1_762_063_200,
        ]
        let random = (0..<2_000).map { _ in TimeInterval.random(in: -2_500_000_000...5_000_000_000, using: &generator) }
        for seconds in fixed + random {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(clock.iso8601(date) == date.formatted(style), "\(zone) \(seconds)")
        }
    }
}
