import Foundation
import Testing

@Suite("The console log")
struct ConsoleLogTests {
    @Test("the console log prints its times in the configured zone, not the machine's")
    func consoleLogZone() throws {
        let daemon = try DaemonHarness(environment: ["TZ": "UTC"])
        let first = try #require(daemon.log().split(separator: "\n").first)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        let logged = try #require(formatter.date(from: String(first.prefix(19))), "\(first)")
        #expect(abs(logged.timeIntervalSinceNow) < 120, "\(first) is not Asia/Shanghai time now")
    }
}
