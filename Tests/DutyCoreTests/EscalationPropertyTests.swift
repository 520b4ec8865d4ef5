import DutyCore
import Foundation
import PropertyBased
import Testing

@Suite("Escalation properties over random schedules")
struct EscalationPropertyTests {
    static let schedules = Gen.int(in: 0...99_999).array(of: 1...60)

    @Test("levels rise one at a time and never past the top of the ladder")
    func levelsRiseOneAtATime() async throws {
        let configuration = try SimulationClock.exampleConfiguration()
        await propertyCheck(count: 150, input: Self.schedules) { codes in
            let (events, book, _) = RandomSchedule(codes: codes).play(configuration, outage: .restartsWithDowntime)
            for (id, history) in Dictionary(grouping: events, by: \.alertID) {
                let alert = try #require(book.alerts[id])
                let top = EscalationLadder(for: alert, configuration).top
                #expect(history.first?.action == .raised && history.first?.level == 0)
                for (previous, event) in zip(history, history.dropFirst()) {
                    switch event.action {
                    case .escalated: #expect(event.level == previous.level + 1, "alert \(id): \(previous.level) → \(event.level)")
                    case .renotified: #expect(event.level == top && previous.level == top, "alert \(id) re-notified below the top")
                    case .unresolved: #expect(event.level == min(previous.level + 1, top), "alert \(id): \(previous.level) → \(event.level)")
                    case .acknowledged, .resolved, .updated, .followedUp, .held: #expect(event.level == previous.level)
                    case .passedUp: #expect(event.level == previous.level + 1, "alert \(id): \(previous.level) → \(event.level)")
                    case .raised: Issue.record("alert \(id) raised twice")
                    }
                    #expect(event.level <= top)
                }
            }
        }
    }

    @Test("an acknowledged alert does not climb before its resolve-by deadline")
    func acknowledgementStopsTheClimb() async throws {
        let configuration = try SimulationClock.exampleConfiguration()
        await propertyCheck(count: 150, input: Self.schedules) { codes in
            let (events, book, _) = RandomSchedule(codes: codes).play(configuration, outage: .none)
            for (id, history) in Dictionary(grouping: events, by: \.alertID) {
                let alert = try #require(book.alerts[id])
                let resolveWithin = EscalationLadder(for: alert, configuration).policy.resolveWithin
                for (acknowledgement, next) in zip(history, history.dropFirst()) where acknowledgement.action == .acknowledged {
                    let deadline = acknowledgement.time.addingTimeInterval(Double(resolveWithin.components.seconds))
                    #expect(next.action == .resolved || (next.action == .unresolved && next.dueAt == deadline), "alert \(id): \(next.action) after acknowledgement")
                }
            }
        }
    }

    @Test("restarts neither repeat nor lose a due event, and nothing due is left behind")
    func restartsFireEachDueEventOnce() async throws {
        let configuration = try SimulationClock.exampleConfiguration()
        await propertyCheck(count: 150, input: Self.schedules) { codes in
            let schedule = RandomSchedule(codes: codes)
            let uninterrupted = schedule.play(configuration, outage: .none)
            let restarted = schedule.play(configuration, outage: .restartsOnTime)
            #expect(restarted.events == uninterrupted.events)

            let (events, book, end) = schedule.play(configuration, outage: .restartsWithDowntime)
            let dueEvents = events.filter { $0.dueAt != nil }.map { "\($0.alertID)/\($0.level)/\($0.action)/\($0.dueAt!.timeIntervalSince1970)" }
            #expect(Set(dueEvents).count == dueEvents.count, "a due event fired twice")
            #expect(book.alerts.values.allSatisfy { ($0.nextDueAt ?? .distantFuture) > end }, "something due was left unhandled")
        }
    }
}
