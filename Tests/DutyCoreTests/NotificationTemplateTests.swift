import DutyCore
import Testing

@Suite("Notification text and retry timing")
struct NotificationTemplateTests {
    @Test("the default template fills every placeholder and names the acknowledge command")
    func standardTemplate() {
        let values = Dictionary(uniqueKeysWithValues: NotificationTemplate.placeholders.map { ($0, "<\($0)>") })
        let text = NotificationTemplate.render(NotificationTemplate.standard, values)
        #expect(!text.contains("{"), "an unreplaced placeholder in \(text)")
        for name in ["name", "unit", "summary", "level", "elapsed", "ack"] {
            #expect(text.contains("<\(name)>"), "the default text lacks {\(name)}")
        }
        #expect(NotificationTemplate.problem(in: NotificationTemplate.standard) == nil)
    }

    @Test("an unknown placeholder or an unclosed brace is named")
    func templateProblems() {
        #expect(NotificationTemplate.problem(in: "{name} 请确认 {deadline}")?.hasPrefix("unknown placeholder {deadline} in template; expected one of {name}") == true)
        #expect(NotificationTemplate.problem(in: "{name") == "unclosed \"{\" in template")
        #expect(NotificationTemplate.render("{unit}：{summary}", ["unit": "东港区第一中学", "summary": "配电箱冒烟"]) == "东港区第一中学：配电箱冒烟")
    }

    @Test("placeholders are filled in one pass: values are never read as placeholders, and other braces stay")
    func onePass() {
        #expect(NotificationTemplate.render("{{unit}} {x} {", ["unit": "{summary}", "summary": "配电箱冒烟"]) == "{{summary}} {x} {")
        #expect(NotificationTemplate.render("{name}：{risk}{ack}", ["name": "王{ack}"]) == "王{ack}：")
    }

    @Test("retries back off exponentially, stop growing at the cap, and jitter adds at most half")
    func retryDelays() {
        let policy = RetryPolicy(base: .seconds(10), cap: .seconds(300))
        #expect(policy.delay(afterAttempt: 1, jitter: 0) == .seconds(10))
        #expect(policy.delay(afterAttempt: 2, jitter: 0) == .seconds(20))
        #expect(policy.delay(afterAttempt: 4, jitter: 0) == .seconds(80))
        #expect(policy.delay(afterAttempt: 10, jitter: 0) == .seconds(300))
        #expect(policy.delay(afterAttempt: 1, jitter: 0.5) == .milliseconds(12_500))
        #expect(policy.delay(afterAttempt: 10, jitter: 1) < .seconds(450))
        #expect(policy.delay(afterAttempt: 10, jitter: 1) > .seconds(449))
    }
}
