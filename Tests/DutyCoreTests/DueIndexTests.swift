import DutyCore
import Foundation
import Testing

@Suite("Due index")
struct DueIndexTests {
    /// A book with `waiting` alerts due next year and `due` alerts due now.
    static func book(waiting: Int, due: Int, now: Date) -> AlertBook {
        let alerts = (1...(waiting + due)).map { number in
            Alert(
                id: Int64(number), kind: .hazardOverdue, risk: .low, subject: AlertSubject(.hazard, "H\(number)"), unit: "ls-hf",
                summary: "隐患 \(number)", contacts: SubjectContacts(responsible: ["hf-song"]), raisedAt: now,
                nextDueAt: number <= due ? now.addingTimeInterval(-Double(number)) : now.addingTimeInterval(365 * 86_400 + Double(number)))
        }
        return AlertBook(alerts: alerts)
    }

    @Test("a check looks at the due alerts only, however many are waiting", arguments: [10_000, 100_000])
    func checkCostFollowsWhatIsDue(waiting: Int) throws {
        let configuration = try SimulationClock.exampleConfiguration()
        let now = SimulationClock.at(10, 1, 8, 0)
        var book = Self.book(waiting: waiting, due: 10, now: now)
        let outcome = book.check(now: now, configuration: configuration)
        #expect(outcome.events.count == 10)
        #expect(outcome.examined == 10)
        #expect(book.nextDue() == now.addingTimeInterval(2 * 86_400 - 10), "the earliest due alert (10 s overdue) now has two days at level 1")
    }

    @Test("due alerts are handled earliest first, and superseded deadlines are skipped")
    func earliestFirst() throws {
        let configuration = try SimulationClock.exampleConfiguration()
        let now = SimulationClock.at(10, 1, 8, 0)
        var book = Self.book(waiting: 0, due: 3, now: now)
        _ = try book.acknowledge(id: 2, actor: "songyulan", note: nil, now: now, configuration: configuration)
        let outcome = book.check(now: now, configuration: configuration)
        #expect(outcome.events.map(\.alertID) == [3, 1])
        #expect(outcome.examined == 3)
    }
}
