import DutyCore
import DutyPhrases
import Foundation
import Testing

/// The aggregate decides and returns everything the shell does as `Effects`.
@Suite("DutyState: commands and checks return their effects")
struct DutyStateTests {
    typealias At = SimulationClock

    static func state() throws -> DutyState {
        let configuration = try DutySimulationTests.configuration()
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(5, 1, 7), seed: 1),
            hazards: HazardBook(settings: configuration.hazards))
    }

    @Test("a missed check-in: the rows, history, notifications, journal entry, watcher event and next wake-up of one check")
    func missedCheckIn() throws {
        var state = try Self.state()
        let reminders = state.check(now: At.at(5, 1, 7, 30))
        #expect(reminders.change.duty.events.map(\.action) == [.reminded, .reminded])
        #expect(reminders.journal.map(\.event) == [.shiftReminded, .shiftReminded])
        #expect(reminders.change.dutyWatermark == At.at(5, 1, 7, 30))
        #expect(reminders.nextWakeup == At.at(5, 1, 8, 15))

        let missed = state.check(now: At.at(5, 1, 8, 15))
        #expect(missed.change.events.map(\.action) == [.raised, .raised])
        #expect(missed.change.alerts.map(\.kind) == [.missedCheckin, .missedCheckin])
        #expect(missed.journal.map(\.event) == [.alertRaised, .alertRaised])
        #expect(missed.journal.first?.fields["item"] == "shift:dg-sy/2026-05-01T08:00")
        #expect(missed.watch.map(\.alert.id) == [1, 2])
        #expect(!missed.notifications.isEmpty)
        #expect(missed.notifications.allSatisfy { $0.alertID == 1 || $0.alertID == 2 })
        #expect(missed.nextWakeup.map { $0 > At.at(5, 1, 8, 15) } == true)
    }

    @Test("a late check-in ends its missed_checkin alert, late by N minutes, and tells everyone the alert reached")
    func lateCheckIn() throws {
        var state = try Self.state()
        _ = state.check(now: At.at(5, 1, 8, 15))
        let climbed = state.check(now: At.at(5, 1, 8, 30))
        #expect(climbed.change.events.map(\.action) == [.escalated, .escalated])
        let (effects, result) = state.handle(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: nil, actor: "chenjing"), now: At.at(5, 1, 8, 41, 30))
        guard case .success(.checkIn(let shift, _)) = result else { Issue.record("expected the shift, got \(result)"); return }
        #expect(shift.id == "dg-sy/2026-05-01T08:00")
        #expect(effects.change.events.map(\.action) == [.resolved])
        #expect(effects.change.events.first?.note == "陈静于05-01 08:41签到，迟到42分钟")
        #expect(state.alerts.alerts[1]?.state == .resolved)
        #expect(state.alerts.openAlert(kind: .missedCheckin, subject: AlertSubject(.shift, "ls-zx/2026-05-01T08:00")) != nil)
        let told = effects.notifications.filter { !$0.recipient.hasPrefix("unit:") && $0.channel == "journal" }
        #expect(told.map(\.recipient) == ["sy-chen", "sy-liu"])
        #expect(told.first?.text == "【dutyd·已办结】陈静：东港区实验小学值班人员未按时签到——陈静未在05-01 08:15前签到（05-01 08:00起的班次）。陈静于05-01 08:41签到，迟到42分钟，无需再处理。")
        #expect(effects.journal.map(\.event) == [.alertResolved, .shiftCheckedIn])
    }

    @Test("an acknowledgement is one alert row, one history record and one journal entry; a second is refused and changes nothing")
    func acknowledge() throws {
        var state = try Self.state()
        _ = state.check(now: At.at(5, 1, 8, 15))
        let (effects, result) = state.handle(.acknowledge(alert: 1, note: "已电话联系", actor: "duty-office"), now: At.at(5, 1, 8, 20))
        guard case .success(.alert(let alert)) = result else { Issue.record("expected the alert, got \(result)"); return }
        #expect(alert.state == .acknowledged && alert.acknowledgedBy == "duty-office")
        #expect(effects.change.alerts.map(\.id) == [1])
        #expect(effects.change.events.map(\.action) == [.acknowledged])
        #expect(effects.journal.map(\.event) == [.alertAcknowledged])
        #expect(effects.journal.first?.fields["actor"] == "duty-office")
        #expect(effects.notifications.isEmpty)

        let (again, refused) = state.handle(.acknowledge(alert: 1, note: nil, actor: "someone"), now: At.at(5, 1, 8, 21))
        guard case .failure(.alert(.alreadyAcknowledged(1, by: "duty-office", _))) = refused else { Issue.record("expected a refusal, got \(refused)"); return }
        #expect(again.change.isEmpty && again.journal.isEmpty)
    }

    @Test("a ledger that cannot be read is refused with its reason, and the refusal is journalled")
    func unreadableLedger() throws {
        var state = try Self.state()
        let (effects, result) = state.handle(
            .importLedger(.unreadable(path: "/tmp/台账.csv", problem: DiagnosticLine(file: "/tmp/台账.csv", position: .wholeFile, message: "Permission denied")), dryRun: false, allowUnmatched: false, actor: "anquanke"), now: At.at(5, 1, 9))
        guard case .failure(.ledger(let file, let problems)) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(file == "/tmp/台账.csv" && problems.map(\.message) == ["Permission denied"])
        #expect(effects.change.isEmpty)
        #expect(effects.journal.map(\.event) == [.ledgerRejected, .ledgerRejected])
        #expect(effects.journal.last?.fields == ["ledger_file": "/tmp/台账.csv", "actor": "anquanke", "actor_via": "dutyctl", "actor_account": "anquanke"])
    }
}
