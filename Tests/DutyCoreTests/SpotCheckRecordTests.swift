import DutyCore
import Foundation
import Testing

/// Spot checks made by hand record what happened; the leader on duty can be checked; an absence
/// while check-in is missed updates the open alert.
@Suite("Spot checks that record what happened")
struct SpotCheckRecordTests {
    typealias At = SimulationClock

    static func report(_ outcome: SpotCheckOutcome, method: SpotCheckMethod = .phone, note: String? = nil) -> SpotCheckReport {
        SpotCheckReport(method: method, phone: "", outcome: outcome, note: note)
    }

    @Test("answered at the post is confirmed at once; someone else answering leaves the callback window, and a call-back confirms it")
    func answeredAndCallback() throws {
        var state = try DutyStateTests.state()
        _ = state.handle(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: nil, actor: "chenjing"), now: At.at(5, 1, 8, 5))
        _ = state.handle(.checkIn(shift: "ls-zx/2026-05-01T08:00", unit: nil, person: nil, actor: "lin"), now: At.at(5, 1, 8, 10))
        let (answered, first) = state.handle(.spotCheck(unit: "dg-sy", target: .dutyOfficer, report: Self.report(.answeredAtPost), actor: "zhaowenbo"), now: At.at(5, 1, 10))
        guard case .success(.spotCheck(_, let check)) = first else { Issue.record("expected a spot check, got \(first)"); return }
        #expect(check.state == .confirmed && check.confirmedBy == "zhaowenbo")
        #expect(check.report?.phone == "13906332002")
        #expect(answered.change.duty.events.map(\.action) == [.spotCheckRecorded])
        #expect(answered.change.duty.events.first?.note == "电话抽查 13906332002：本人在岗接听")
        #expect(answered.journal.map(\.event) == [.spotCheckRecorded])
        #expect(answered.notifications.isEmpty)

        let (other, second) = state.handle(
            .spotCheck(unit: "dg-sy", target: .dutyOfficer, report: Self.report(.someoneElse, note: "门卫代接"), actor: "zhaowenbo"), now: At.at(5, 1, 14))
        guard case .success(.spotCheck(_, let open)) = second else { Issue.record("expected a spot check, got \(second)"); return }
        #expect(open.state == .open && open.dueAt == At.at(5, 1, 14, 5))
        #expect(other.change.duty.events.map(\.action) == [.spotCheckRecorded, .spotCheckRequested])
        #expect(other.change.duty.events.first?.note == "电话抽查 13906332002：他人接听（门卫代接）")
        #expect(other.notifications.first?.text.contains("请于05-01 14:05前") == true)
        let (callback, _) = state.handle(.checkIn(shift: nil, unit: "dg-sy", person: "陈静", actor: "chenjing"), now: At.at(5, 1, 14, 3))
        #expect(callback.change.duty.events.map(\.action) == [.spotCheckConfirmed])
        #expect(state.check(now: At.at(5, 1, 14, 5)).change.events.isEmpty)
    }

    @Test("no answer and no call-back raises absent_at_spot_check when the callback window ends; off post raises it at once")
    func noAnswerAndOffPost() throws {
        var state = try DutyStateTests.state()
        _ = state.handle(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: nil, actor: "chenjing"), now: At.at(5, 1, 8, 5))
        _ = state.handle(.checkIn(shift: "ls-zx/2026-05-01T08:00", unit: nil, person: nil, actor: "lin"), now: At.at(5, 1, 8, 10))
        _ = state.handle(.spotCheck(unit: "dg-sy", target: .dutyOfficer, report: Self.report(.noAnswer), actor: "zhaowenbo"), now: At.at(5, 1, 10))
        let missed = state.check(now: At.at(5, 1, 10, 5))
        #expect(missed.change.alerts.map(\.kind) == [.absentAtSpotCheck])
        #expect(missed.change.alerts.first?.summary == "抽查1：陈静未在05-01 10:05前确认在岗（脱岗）")

        let (offPost, _) = state.handle(
            .spotCheck(unit: "ls-zx", target: .dutyOfficer, report: Self.report(.offPost, method: .onSite, note: "值班室无人"), actor: "zhaowenbo"), now: At.at(5, 1, 11))
        #expect(offPost.change.events.map(\.action) == [.raised])
        #expect(offPost.change.alerts.first?.summary == "抽查2：林小红实地抽查：不在岗（脱岗）（值班室无人）")
    }

    @Test("an officer who missed check-in and is off post at a spot check gets no second alert: the open one is updated and its level told")
    func noParallelAlert() throws {
        var state = try DutyStateTests.state()
        _ = state.check(now: At.at(5, 1, 8, 15))
        _ = state.check(now: At.at(5, 1, 8, 30))
        let (effects, _) = state.handle(.spotCheck(unit: "dg-sy", target: .dutyOfficer, report: Self.report(.offPost), actor: "zhaowenbo"), now: At.at(5, 1, 8, 35))
        #expect(effects.change.events.map(\.action) == [.updated])
        #expect(effects.change.events.first?.alertID == 1)
        #expect(state.alerts.alerts[1]?.summary.hasSuffix("；抽查1：陈静电话抽查 13906332002：不在岗（脱岗）") == true)
        #expect(state.alerts.openAlert(kind: .absentAtSpotCheck, subject: AlertSubject(.shift, "dg-sy/2026-05-01T08:00")) == nil)
        #expect(effects.notifications.contains { $0.recipient == "sy-liu" && $0.alertID == 1 })
        #expect(effects.journal.map(\.event).contains(.alertUpdated))
    }

    @Test("the leader on duty can be checked and confirms it; the officer's check-in does not; a shift without one is refused")
    func leaderOnDuty() throws {
        var state = try DutyStateTests.state()
        let (asked, result) = state.handle(.spotCheck(unit: "dg-sy", target: .leaderOnDuty, report: nil, actor: "zhaowenbo"), now: At.at(5, 1, 8, 1))
        guard case .success(.spotCheck(_, let check)) = result else { Issue.record("expected a spot check, got \(result)"); return }
        #expect(check.target == .leaderOnDuty)
        #expect(asked.change.duty.events.first?.recipients == ["sy-liu"])
        let (officer, _) = state.handle(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: nil, actor: "chenjing"), now: At.at(5, 1, 8, 2))
        #expect(officer.change.duty.events.map(\.action) == [.checkedIn])
        let (leader, _) = state.handle(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: "刘洋", actor: "liuyang"), now: At.at(5, 1, 8, 3))
        #expect(leader.change.duty.events.map(\.action) == [.spotCheckConfirmed])
        let (_, again) = state.handle(.checkIn(shift: "dg-sy/2026-05-01T08:00", unit: nil, person: "刘洋", actor: "liuyang"), now: At.at(5, 1, 8, 4))
        guard case .failure(.duty(.noSpotCheckOpen(shift: "dg-sy/2026-05-01T08:00", person: "刘洋"))) = again else {
            Issue.record("expected a refusal, got \(again)"); return
        }
        #expect(throws: DutyCommandError.unknownUnit("nowhere")) {
            var duty = state.duty
            _ = try duty.spotCheck(unit: "nowhere", target: .leaderOnDuty, actor: "x", now: At.at(5, 1, 9), configuration: state.configuration)
        }
    }
}
