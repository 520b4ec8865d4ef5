import DutyCore
import DutyPhrases
import Foundation
import Testing

@Suite("Hazard lifecycle: the closed loop and its refusals")
struct HazardLifecycleTests {
    typealias At = SimulationClock

    /// The example ledger imported on 09-15 09:00, with its configuration and an empty alert book.
    static func imported() throws -> (HazardBook, AlertBook, Configuration) {
        let configuration = try At.exampleConfiguration()
        var book = HazardBook(settings: configuration.hazards)
        _ = book.apply(try LedgerFixtures.plan(try LedgerFixtures.exampleText(), book: book, configuration: configuration).get(), actor: "anquanke", now: At.at(9, 15, 9))
        return (book, AlertBook(), configuration)
    }

    @Test("open → rectifying → rectified → closed, each step recorded with who did it")
    func closedLoop() throws {
        var (book, alerts, _) = try Self.imported()
        var events = try book.progress(id: "ls-ez-4", note: "已采购应急照明灯", actor: "mali", now: At.at(9, 16, 9)).hazardEvents
        #expect(book.hazards["ls-ez-4"]?.status == .rectifying)
        events += try book.reportRectified(id: "ls-ez-4", note: "已更换", actor: "mali", now: At.at(9, 17, 9), alerts: &alerts).hazardEvents
        #expect(book.hazards["ls-ez-4"]?.status == .rectified)
        events += try book.verify(id: "ls-ez-4", note: "验收合格", actor: "helong", now: At.at(9, 18, 9), alerts: &alerts).hazardEvents
        let hazard = try #require(book.hazards["ls-ez-4"])
        #expect(hazard.status == .closed && hazard.closedBy == "helong" && hazard.rectifiedBy == "mali")
        #expect(events.map { "\($0.actor) \($0.action.rawValue) \($0.note ?? "")" } == ["mali progress 已采购应急照明灯", "mali rectified 已更换", "helong verified 验收合格"])
    }

    @Test("whoever reported a hazard rectified may not verify it; the refusal changes nothing")
    func selfVerificationRefused() throws {
        var (book, alerts, _) = try Self.imported()
        _ = try book.reportRectified(id: "dg-sz-3", note: nil, actor: "huanglei", now: At.at(9, 16, 9), alerts: &alerts)
        let before = book.hazards
        #expect(throws: HazardCommandError.selfVerification("dg-sz-3", actor: "huanglei")) {
            try book.verify(id: "dg-sz-3", note: nil, actor: "huanglei", now: At.at(9, 17, 9), alerts: &alerts)
        }
        #expect(book.hazards == before)
    }

    @Test("a deadline moves only later, with a reason and an approver, and the history says who and why")
    func extensions() throws {
        var (book, alerts, _) = try Self.imported()
        let clock = WallClock(zoneIdentifier: "Asia/Shanghai")
        let before = book.hazards
        let later = At.at(10, 30, 18)
        #expect(throws: HazardCommandError.missingText(Phrase("hazard.text.extensionReason"))) {
            try book.extend(id: "dg-sz-3", to: later, reason: " ", approvedBy: "李红梅", actor: "a", now: At.at(9, 16, 9), clock: clock, alerts: &alerts)
        }
        #expect(throws: HazardCommandError.missingText(Phrase("hazard.text.approver"))) {
            try book.extend(id: "dg-sz-3", to: later, reason: "到货延迟", approvedBy: "", actor: "a", now: At.at(9, 16, 9), clock: clock, alerts: &alerts)
        }
        #expect(throws: HazardCommandError.deadlineNotLater("dg-sz-3", current: before["dg-sz-3"]!.deadline)) {
            try book.extend(id: "dg-sz-3", to: At.at(9, 1, 0), reason: "到货延迟", approvedBy: "李红梅", actor: "a", now: At.at(9, 16, 9), clock: clock, alerts: &alerts)
        }
        #expect(book.hazards == before)
        let event = try book.extend(id: "dg-sz-3", to: later, reason: "双锁柜到货延迟", approvedBy: "李红梅", actor: "sunlixin", now: At.at(9, 16, 9), clock: clock, alerts: &alerts).hazardEvents
        #expect(book.hazards["dg-sz-3"]?.deadline == later)
        #expect(event.map(\.note) == ["deadline 2026-09-18T23:59:59+08:00 → 2026-10-30T18:00:00+08:00, approved by 李红梅: 双锁柜到货延迟"])
    }

    @Test("transitions the status does not allow are refused", arguments: [
        ("dg-yey-1", HazardAction.progress), ("dg-yey-1", .rectified), ("ls-ez-4", .verified), ("ls-ez-4", .reopened),
    ])
    func invalidTransitions(id: String, action: HazardAction) throws {
        var (book, alerts, _) = try Self.imported()
        let now = At.at(9, 16, 9)
        let status = book.hazards[id]!.status
        #expect(throws: HazardCommandError.invalidTransition(id, status: status, action: action)) {
            switch action {
            case .progress: _ = try book.progress(id: id, note: "x", actor: "a", now: now)
            case .rectified: _ = try book.reportRectified(id: id, note: nil, actor: "a", now: now, alerts: &alerts)
            case .verified: _ = try book.verify(id: id, note: nil, actor: "a", now: now, alerts: &alerts)
            default: _ = try book.reopen(id: id, reason: "x", actor: "a", now: now, alerts: &alerts)
            }
        }
        #expect(throws: HazardCommandError.notFound("nowhere-1")) { try book.progress(id: "nowhere-1", note: "x", actor: "a", now: now) }
    }

    @Test("an overdue hazard raises an alert; reporting it rectified ends it, and closing ends the unverified one")
    func alertsEndWithTheHazard() throws {
        var (book, alerts, configuration) = try Self.imported()
        _ = book.check(now: At.at(9, 19, 0, 30), configuration: configuration, alerts: &alerts)
        let overdue = try #require(alerts.openAlert(kind: .hazardOverdue, subject: AlertSubject(.hazard, "dg-sz-3")))
        #expect(overdue.risk == .major && overdue.contacts.responsible == ["sz-huang"])
        _ = try book.reportRectified(id: "dg-sz-3", note: nil, actor: "huanglei", now: At.at(9, 19, 9), alerts: &alerts)
        #expect(alerts.alerts[overdue.id]?.state == .resolved)
        _ = book.check(now: At.at(9, 22, 9, 1), configuration: configuration, alerts: &alerts)
        let unverified = try #require(alerts.openAlert(kind: .rectificationUnverified, subject: AlertSubject(.hazard, "dg-sz-3")))
        #expect(unverified.contacts.responsible == ["dg-li"], "the verifying level: the safety officer of the unit above")
        _ = try book.verify(id: "dg-sz-3", note: nil, actor: "lihongmei", now: At.at(9, 23, 9), alerts: &alerts)
        #expect(AlertKind.allCases.allSatisfy { alerts.openAlert(kind: $0, subject: AlertSubject(.hazard, "dg-sz-3")) == nil })
    }
}
