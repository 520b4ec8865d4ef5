import DutyCore
import Foundation
import Testing

@Suite("Escalation over a whole 五一 holiday")
struct HolidaySimulationTests {
    typealias At = SimulationClock

    static func raise(_ kind: AlertKind, risk: RiskLevel?, subject: AlertSubject, unit: String, summary: String, contacts: SubjectContacts) -> Simulation.Action {
        { book, now, configuration in
            book.raise(kind: kind, risk: risk, subject: subject, unit: unit, summary: summary, contacts: contacts, now: now, configuration: configuration).events
        }
    }

    static func report(_ unit: String, _ summary: String, _ severity: RiskLevel, by actor: ActorIdentity) -> Simulation.Action {
        { book, now, configuration in
            try book.report(unit: unit, summary: summary, severity: severity, reportedBy: actor, now: now, configuration: configuration).events
        }
    }

    static func acknowledge(_ id: Int64, by actor: ActorIdentity) -> Simulation.Action {
        { book, now, configuration in try book.acknowledge(id: id, actor: actor, note: nil, now: now, configuration: configuration) }
    }

    static func resolve(_ id: Int64, by actor: ActorIdentity) -> Simulation.Action {
        { book, now, _ in try book.resolve(id: id, actor: actor, note: nil, now: now) }
    }

    @Test("five days of check-ins, incidents and hazards give exactly the expected escalation timeline")
    func fiveDayHoliday() throws {
        var simulation = Simulation(configuration: try At.exampleConfiguration())
        try simulation.run(until: At.at(5, 5, 23, 59), script: [
            // 05-01: the duty officer of 东港区实验小学 misses check-in; the leader on duty acknowledges but
            // nobody resolves it within 2h, so it climbs again to the head.
            (At.at(5, 1, 8, 15), Self.raise(
                .missedCheckin, risk: nil, subject: AlertSubject(.shift, "dg-sy/2026-05-01T08:00"), unit: "dg-sy",
                summary: "值班人员未按时签到", contacts: SubjectContacts(responsible: ["sy-chen"], dutyOfficer: ["sy-chen"], leaderOnDuty: ["sy-liu"]))),
            (At.at(5, 1, 8, 42), Self.acknowledge(1, by: "liuyang")),
            (At.at(5, 1, 11, 0), Self.resolve(1, by: "chenjing")),
            // 05-02: 岚山区中心小学 reports an incident; nobody answers until the city's duty office,
            // which is re-notified at the top, acknowledges, and resolves a day later.
            (At.at(5, 2, 10, 0), Self.report("ls-zx", "学生溺水送医", .general, by: "linxiaohong")),
            (At.at(5, 2, 19, 30), Self.acknowledge(2, by: "zhenghaitao")),
            (At.at(5, 3, 20, 0), Self.resolve(2, by: "zhenghaitao")),
            // 05-03: a major hazard at 东港区第三中学 is overdue; the district safety section
            // acknowledges, misses the resolve-by deadline, and the city's safety officer takes over.
            (At.at(5, 3, 9, 0), Self.raise(
                .hazardOverdue, risk: .major, subject: AlertSubject(.hazard, "H3"), unit: "dg-sz",
                summary: "危化品柜未双人双锁", contacts: SubjectContacts(responsible: ["sz-huang"]))),
            (At.at(5, 3, 14, 0), Self.acknowledge(3, by: "lihongmei")),
            (At.at(5, 4, 16, 0), Self.acknowledge(3, by: "pangrenxia")),
            (At.at(5, 5, 10, 0), Self.resolve(3, by: "huanglei")),
            // 05-04: a low-risk hazard climbs in days.
            (At.at(5, 4, 20, 0), Self.raise(
                .hazardOverdue, risk: .low, subject: AlertSubject(.hazard, "H5"), unit: "ls-hf",
                summary: "校门口减速带缺失", contacts: SubjectContacts(responsible: ["hf-song"]))),
            // 05-05: the city bureau reports a major incident; the province is the top of the tree and
            // has no head configured, so level 1 reaches nobody and is re-notified every 30m.
            (At.at(5, 5, 9, 0), Self.report("rz", "暴雨致学校围墙倒塌", .major, by: "zhenghaitao")),
            (At.at(5, 5, 10, 20), Self.acknowledge(5, by: "zhoujianguo")),
            (At.at(5, 5, 15, 0), Self.resolve(5, by: "zhoujianguo")),
        ])
        #expect(simulation.timeline() == [
            "05-01 08:15 #1 raised L0 陈静",
            "05-01 08:30 #1 escalated L1 刘洋",
            "05-01 08:42 #1 acknowledged L1 by liuyang",
            "05-01 10:42 #1 unresolved L2 刘洋",
            "05-01 11:00 #1 resolved L2 by chenjing",
            "05-02 10:00 #2 raised L0 石磊",
            "05-02 11:00 #2 escalated L1 何永刚",
            "05-02 13:00 #2 escalated L2 郑海涛",
            "05-02 17:00 #2 renotified L2 郑海涛",
            "05-02 19:00 #2 renotified L2 郑海涛",
            "05-02 19:30 #2 acknowledged L2 by zhenghaitao",
            "05-03 09:00 #3 raised L0 黄磊",
            "05-03 11:00 #3 escalated L1 杨帆",
            "05-03 13:00 #3 escalated L2 李红梅",
            "05-03 14:00 #3 acknowledged L2 by lihongmei",
            "05-03 19:30 #2 unresolved L2 郑海涛",
            "05-03 20:00 #2 resolved L2 by zhenghaitao",
            "05-04 14:00 #3 unresolved L3 逄仁霞",
            "05-04 16:00 #3 acknowledged L3 by pangrenxia",
            "05-04 20:00 #4 raised L0 宋玉兰",
            "05-05 09:00 #5 raised L0 周建国",
            "05-05 09:15 #5 escalated L1 nobody",
            "05-05 09:45 #5 renotified L1 nobody",
            "05-05 10:00 #3 resolved L3 by huanglei",
            "05-05 10:15 #5 renotified L1 nobody",
            "05-05 10:20 #5 acknowledged L1 by zhoujianguo",
            "05-05 14:20 #5 unresolved L1 nobody",
            "05-05 14:50 #5 renotified L1 nobody",
            "05-05 15:00 #5 resolved L1 by zhoujianguo",
            "05-05 20:00 #4 escalated L1 梁志勇",
        ])
        #expect(simulation.book.incidents.keys.sorted() == ["I1", "I2"])
        #expect(simulation.book.openCount == 1)
        #expect(simulation.book.alerts[4]?.nextDueAt == At.at(5, 7, 20, 0))
    }

    @Test("an acknowledgement or resolution that is not allowed is refused and changes nothing")
    func refusedCommands() throws {
        let configuration = try At.exampleConfiguration()
        var book = AlertBook()
        let now = At.at(10, 1, 8, 0)
        let (_, alert, _) = try book.report(unit: "dg-sy", summary: "停电", severity: .general, reportedBy: "chenjing", now: now, configuration: configuration)
        _ = try book.acknowledge(id: alert.id, actor: "zhaowenbo", note: nil, now: now, configuration: configuration)
        let before = book.alerts

        #expect(throws: AlertCommandError.alreadyAcknowledged(alert.id, by: "zhaowenbo", at: now)) {
            try book.acknowledge(id: alert.id, actor: "sunlixin", note: nil, now: now, configuration: configuration)
        }
        #expect(throws: AlertCommandError.notFound(99)) { try book.resolve(id: 99, actor: "x", note: nil, now: now) }
        #expect(throws: AlertCommandError.unknownUnit("nowhere")) {
            try book.report(unit: "nowhere", summary: "x", severity: .low, reportedBy: "x", now: now, configuration: configuration)
        }
        #expect(throws: AlertCommandError.emptySummary) {
            try book.report(unit: "dg-sy", summary: "  ", severity: .low, reportedBy: "x", now: now, configuration: configuration)
        }
        #expect(book.alerts == before)
        _ = try book.resolve(id: alert.id, actor: "zhaowenbo", note: nil, now: now)
        #expect(throws: AlertCommandError.alreadyResolved(alert.id)) { try book.resolve(id: alert.id, actor: "x", note: nil, now: now) }
    }

    @Test("raising an alert for a subject that already has an open one returns it unchanged")
    func raiseIsIdempotent() throws {
        let configuration = try At.exampleConfiguration()
        var book = AlertBook()
        let now = At.at(10, 1, 8, 0)
        let subject = AlertSubject(.hazard, "H1")
        let first = book.raise(kind: .hazardOverdue, risk: .high, subject: subject, unit: "dg-yey", summary: "安全出口堵塞", contacts: SubjectContacts(responsible: ["yey-zhu"]), now: now, configuration: configuration)
        let again = book.raise(kind: .hazardOverdue, risk: .high, subject: subject, unit: "dg-yey", summary: "安全出口堵塞", contacts: SubjectContacts(responsible: ["yey-zhu"]), now: now + 60, configuration: configuration)
        #expect(first.events.count == 1)
        #expect(again.events.isEmpty)
        #expect(again.alert == first.alert)
        #expect(book.alerts.count == 1)
    }

    @Test("after a long outage each level that fell due is reached once, and gets its full time from then on")
    func catchUpAfterOutage() throws {
        let configuration = try At.exampleConfiguration()
        var book = AlertBook()
        let raised = At.at(10, 1, 8, 0)
        _ = book.raise(
            kind: .missedCheckin, risk: nil, subject: AlertSubject(.shift, "dg-sy/1"), unit: "dg-sy", summary: "未签到",
            contacts: SubjectContacts(responsible: ["sy-chen"], dutyOfficer: ["sy-chen"], leaderOnDuty: ["sy-liu"]), now: raised, configuration: configuration)
        // The daemon was down from 08:05 to 12:00: the first check after it handles only the one due step.
        let back = At.at(10, 1, 12, 0)
        let outcome = book.check(now: back, configuration: configuration)
        #expect(outcome.events.map(\.action) == [.escalated])
        #expect(outcome.events.first?.dueAt == At.at(10, 1, 8, 15))
        #expect(book.alerts[1]?.level == 1)
        #expect(book.alerts[1]?.nextDueAt == At.at(10, 1, 12, 15))
    }
}
