import DutyCore
import Foundation
import Testing

/// 五一 on the example configuration, where every field action comes from a phone: check-ins,
/// 确认收到 and 已处理 through personal links, reply codes texted back, 已整改 and 验收销号.
@Suite("A 五一 holiday acted on from the field")
struct FieldHolidaySimulationTests {
    typealias At = SimulationClock
    typealias Field = FieldHoliday

    /// Two hazards of the spring inspection, due during the holiday.
    static let ledger = """
        \(LedgerFixtures.header)
        1,东港区第三中学,实验楼二楼,危化品柜未双人双锁,危化品管理,重大,加装双锁并落实双人管理,黄磊,2026-05-01,整改中
        2,岚山区第二中学,学生宿舍,应急照明灯损坏,消防安全,一般,更换应急照明灯,马丽娟,2026-05-02,未整改
        """

    /// The example configuration with the 五一 roster, and the ledger filed before the holiday.
    static func state() throws -> DutyState {
        let configuration = try DutySimulationTests.configuration()
        var hazards = HazardBook(settings: configuration.hazards)
        _ = hazards.apply(try LedgerFixtures.plan(ledger, book: hazards, configuration: configuration).get(), actor: "anquanke", now: At.at(4, 28, 9))
        return DutyState(
            configuration: configuration, alerts: AlertBook(), duty: DutyBook(watermark: At.at(5, 1, 7), seed: 1), hazards: hazards)
    }

    /// Every shift's officer checks in through the link five minutes after the start, except the shifts the story handles.
    static func checkIns(_ configuration: Configuration, except handled: Set<String>) -> [(Date, Field.Action)] {
        configuration.roster.shifts.filter { !handled.contains($0.id) }.map { shift in
            (shift.start + .seconds(300), Field.checkIn(shift.id, by: shift.dutyOfficer.id))
        }
    }

    @Test("no alert climbs past the level of the first person who acted, and every actor in the history is a person")
    func holiday() throws {
        let state = try Self.state()
        let (syDay2, zxDay3, syNight4, zxDay5) = ("dg-sy/2026-05-02T08:00", "ls-zx/2026-05-03T08:00", "dg-sy/2026-05-04T20:00", "ls-zx/2026-05-05T08:00")
        var holiday = Field(state: state)
        try holiday.run(until: At.at(5, 5, 23, 59), script: Self.checkIns(state.configuration, except: [syDay2, zxDay3, syNight4, zxDay5]) + [
            // 05-01: the major hazard at 东港区第三中学 falls due; 黄磊 answers the SMS at once, reports it rectified
            // from the hazard page, and the district's safety officer 李红梅 verifies it the next morning.
            (At.at(5, 2, 0, 20), Field.reply(about: "dg-sz-1", by: "sz-huang")),
            (At.at(5, 2, 9, 30), Field.hazard("dg-sz-1", .rectified(note: "已加装双锁，落实双人管理"), by: "sz-huang")),
            (At.at(5, 3, 9, 0), Field.hazard("dg-sz-1", .verify(note: "现场核验合格"), by: "dg-li")),
            // 05-02: 陈静 is late; she answers the missed check-in SMS, then checks in.
            (At.at(5, 2, 8, 20), Field.reply(about: syDay2, by: "sy-chen")),
            (At.at(5, 2, 8, 25), Field.checkIn(syDay2, by: "sy-chen")),
            // 05-03: 林小红 misses check-in and does not answer; the leader on duty 高建华 acknowledges from his link.
            (At.at(5, 3, 8, 35), Field.acknowledge(zxDay3, by: "zx-gao")),
            (At.at(5, 3, 8, 40), Field.checkIn(zxDay3, by: "zx-lin")),
            // 05-03: the general hazard at 岚山区第二中学 is overdue; 马丽娟 does not answer, so it climbs to the
            // head 罗军, who acknowledges; she reports it rectified and 吕秀英 of the district verifies it.
            (At.at(5, 4, 8, 0), Field.acknowledge("ls-ez-2", by: "ez-luo")),
            (At.at(5, 4, 15, 0), Field.hazard("ls-ez-2", .rectified(note: "应急照明灯已更换"), by: "ez-ma")),
            (At.at(5, 5, 10, 0), Field.hazard("ls-ez-2", .verify(note: nil), by: "ls-lv")),
            // 05-04, the control: nobody at the school answers the night shift's missed check-in, so it climbs to
            // the district duty office; 赵文博 resolves it from his link after phoning, and 陈静 then checks in.
            (At.at(5, 4, 21, 20), Field.resolve(syNight4, by: "dg-zhao", note: "已电话联系陈静，确认在岗")),
            (At.at(5, 4, 21, 25), Field.checkIn(syNight4, by: "sy-chen")),
            // 05-05: 林小红 is late and settles the alert by SMS before checking in.
            (At.at(5, 5, 8, 18), Field.reply(about: zxDay5, by: "zx-lin", "已处理")),
            (At.at(5, 5, 8, 20), Field.checkIn(zxDay5, by: "zx-lin")),
        ])

        let firstActors = Dictionary(grouping: holiday.alertEvents.filter { !$0.actor.isDaemon }, by: \.alertID).mapValues { $0.first! }
        let highest = Dictionary(grouping: holiday.alertEvents, by: \.alertID).mapValues { $0.map(\.level).max()! }
        let story = holiday.state.alerts.alerts.values.sorted { $0.id < $1.id }.map { alert in
            "\(alert.kind.rawValue) \(alert.subject.id): highest L\(highest[alert.id]!), first acted L\(firstActors[alert.id]?.level ?? -1) by \(firstActors[alert.id]?.actor.description ?? "nobody"), \(alert.state)"
        }
        #expect(story == [
            "hazard_overdue dg-sz-1: highest L0, first acted L0 by 黄磊 <sz-huang> via sms, resolved",
            "missed_checkin dg-sy/2026-05-02T08:00: highest L0, first acted L0 by 陈静 <sy-chen> via sms, resolved",
            "hazard_overdue ls-ez-2: highest L1, first acted L1 by 罗军 <ez-luo> via link, resolved",
            "missed_checkin ls-zx/2026-05-03T08:00: highest L1, first acted L1 by 高建华 <zx-gao> via link, resolved",
            "missed_checkin dg-sy/2026-05-04T20:00: highest L3, first acted L3 by 赵文博 <dg-zhao> via link, resolved",
            "missed_checkin ls-zx/2026-05-05T08:00: highest L0, first acted L0 by 林小红 <zx-lin> via sms, resolved",
        ], "\(story)")
        for (id, level) in highest { #expect(level == firstActors[id]?.level, "alert \(id) climbed past the level that acted") }

        let actors = holiday.alertEvents.map(\.actor) + holiday.hazardEvents.map(\.actor) + holiday.dutyEvents.map(\.actor)
        let people = actors.filter { !$0.isDaemon }
        #expect(people.count >= 20 && people.allSatisfy { $0.person != nil && $0.account == nil && [.link, .sms].contains($0.via) })
        #expect(Set(people.compactMap(\.person?.name)).isSuperset(of: ["黄磊", "李红梅", "陈静", "高建华", "林小红", "罗军", "马丽娟", "吕秀英", "赵文博"]))
        let hazards = ["dg-sz-1", "ls-ez-2"].compactMap { holiday.state.hazards.hazards[$0] }
        #expect(hazards.map(\.status) == [.closed, .closed])
        #expect(hazards.map { "\($0.rectifiedBy!) / \($0.closedBy!)" } == ["黄磊 <sz-huang> via link / 李红梅 <dg-li> via link", "马丽娟 <ez-ma> via link / 吕秀英 <ls-lv> via link"])
        for entry in holiday.journal where entry.fields["actor"] != nil {
            let fields = entry.fields
            let person = fields["actor_person"] != nil && fields["actor_name"] != nil && fields["actor_account"] == nil && ["link", "sms"].contains(fields["actor_via"])
            #expect((fields["actor_via"] == "daemon" || person) && !entry.message.contains("root"), "\(entry.message)")
        }
        #expect(holiday.journal.contains { $0.fields["actor_via"] == "sms" } && holiday.journal.contains { $0.fields["actor_via"] == "link" })
    }
}
