import DutyCore
import Foundation
import Testing

@Suite("Hazard reminders")
struct ReminderPlannerTests {
    typealias At = SimulationClock

    @Test("after an outage one reminder is sent, the shortest lead that has come, through the person's own channels")
    func oneReminderThroughChannels() throws {
        var (book, alerts, configuration) = try HazardLifecycleTests.imported()
        // dg-yey-2 is due 09-25 23:59:59: on 09-25 at 08:00 both the 3d and the 1d lead have passed.
        let outcome = book.check(now: At.at(9, 25, 8), configuration: configuration, alerts: &alerts)
        let reminders = outcome.hazardEvents.filter { $0.hazardID == "dg-yey-2" }
        #expect(reminders.map(\.action) == [.reminded])
        #expect(reminders.first?.note == "deadline 2026-09-25T23:59:59+08:00, 1d reminder")
        #expect(reminders.first?.recipients == ["yey-zhu"])

        let notifications = ReminderPlanner(configuration: configuration).notifications(for: reminders, book: book)
        #expect(notifications.map(\.channel) == ["sms"], "the journal's copy is the hazard_reminder entry")
        #expect(notifications.first?.key == "hazard/dg-yey-2/reminder/\(Int64(At.at(9, 25, 8).timeIntervalSince1970 * 1_000))/yey-zhu/sms")
        #expect(notifications.first?.text == "【dutyd·整改提醒】朱丽：东港区第一幼儿园隐患（一般）——厨房：灭火器压力不足已过期，整改时限 2026-09-25 23:59:59，还剩15小时59分钟。详情：dutyctl hazard show dg-yey-2")
        #expect(book.check(now: At.at(9, 25, 9), configuration: configuration, alerts: &alerts).hazardEvents.isEmpty, "not sent again")
    }
}
