import DutyShell
import Foundation
import Testing

@Suite("Clock step detection")
struct ClockStepDetectorTests {
    static let start = Date(timeIntervalSince1970: 1_777_593_600)

    @Test("wall and monotonic time moving together, or apart by less than a second, is no step")
    func steadyClock() {
        var detector = ClockStepDetector()
        #expect(detector.observe(wall: Self.start, monotonic: .seconds(10)) == nil)
        #expect(detector.observe(wall: Self.start + 60, monotonic: .seconds(70)) == nil)
        #expect(detector.observe(wall: Self.start + 120.9, monotonic: .seconds(130)) == nil)
    }

    @Test("a step back of 3 h and one forward of a day are reported with their size and direction, once")
    func steps() {
        var detector = ClockStepDetector()
        _ = detector.observe(wall: Self.start, monotonic: .seconds(10))
        let back = detector.observe(wall: Self.start + 60 - 3 * 3_600, monotonic: .seconds(70))
        #expect(back == ClockStep(size: .seconds(-3 * 3_600)))
        #expect(back?.direction == "backward" && back?.milliseconds == -10_800_000)
        #expect(detector.observe(wall: Self.start + 120 - 3 * 3_600, monotonic: .seconds(130)) == nil)
        let ahead = detector.observe(wall: Self.start + 180 - 3 * 3_600 + 86_400, monotonic: .seconds(190))
        #expect(ahead?.direction == "forward" && ahead?.milliseconds == 86_400_000)
    }
}
