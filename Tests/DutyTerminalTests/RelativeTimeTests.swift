import DutyTerminal
import Testing

@Suite("Relative time hints")
struct RelativeTimeTests {
    @Test("moments ahead", arguments: [
        (60, "in 1m"), (2_700, "in 45m"), (7_200, "in 2h"), (9_000, "in 2h 30m"), (10_799, "in 2h 59m"),
        (86_400, "in 1d"), (97_200, "in 1d 3h"), (97_259, "in 1d 3h"), (1_000_000, "in 11d 13h"),
    ])
    func ahead(seconds: Int, hint: String) {
        #expect(RelativeTime.hint(seconds: seconds) == hint)
        #expect(RelativeTime.hint(seconds: seconds, deadline: true) == hint)
    }

    @Test("moments past", arguments: [(-300, "5m ago"), (-3_600, "1h ago"), (-97_200, "1d 3h ago")])
    func past(seconds: Int, hint: String) {
        #expect(RelativeTime.hint(seconds: seconds) == hint)
    }

    @Test("deadlines past are overdue", arguments: [(-300, "overdue 5m"), (-97_200, "overdue 1d 3h")])
    func overdue(seconds: Int, hint: String) {
        #expect(RelativeTime.hint(seconds: seconds, deadline: true) == hint)
    }

    @Test("under a minute either way is now", arguments: [0, 59, -59])
    func now(seconds: Int) {
        #expect(RelativeTime.hint(seconds: seconds) == "now")
        #expect(RelativeTime.hint(seconds: seconds, deadline: true) == "now")
    }
}
