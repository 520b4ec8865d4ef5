import DutyCore
import Foundation
import Testing

/// 国庆 2026 on the example bureau (日照市教育局, config/): its calendar, its roster of the city, 东港区,
/// 东港区实验小学 and 岚山区中心小学 from 09-30 20:00 to 10-08 08:00, and its autumn inspection ledger,
/// driven through `DutyState` with an injected clock and a script of what people do each day.
@Suite("A seven-day 国庆 holiday on the example bureau")
struct GuoqingSimulationTests {
    typealias At = SimulationClock

    /// The example configuration, with what the scenario adds to it:
    /// - 东港区's planned power cut on 10-03 19:00–19:45 (the example's only window, the June 中考,
    ///   falls outside the holiday), so that the 19:30 reminders of its 20:00 shifts are held;
    /// - `mandatory_upward` on major incidents, as the rules of 逐级上报 require (the example leaves
    ///   it off), so that a county's acknowledgement does not stop the report reaching the city;
    /// - a fixed spot-check seed, so the daemon's random spot checks fall at the same times each run.
    /// The example's `[daily_report]` stands: filings due by 16:00, every unit's report sent up at 17:00.
    static func configuration() throws -> Configuration {
        var configuration = try GuoqingSimulation.exampleConfiguration()
        configuration.quietWindows.append(QuietWindow(
            name: "计划停电", unit: "rz-dg",
            schedule: .dated(start: LocalDate("2026-10-03")!, TimeOfDay("19:00")!, end: LocalDate("2026-10-03")!, TimeOfDay("19:45")!)))
        let major = try #require(configuration.policies.firstIndex { $0.kind == .incident && $0.risk == .major })
        configuration.policies[major].reporting = IncidentReporting(mandatoryUpward: true)
        configuration.duty.spotCheckSeed = 1001
        return configuration
    }

    static let drowning = IncidentDetails(
        occurredAt: At.at(10, 4, 14, 50), place: "河山镇水库", category: "溺水", casualties: "1名学生送医", actionsTaken: "已拨打120，校长赶赴现场",
        reporter: "陈静", contactNumber: "13906332002")

    @Test("the holiday's transcript, line by line")
    func transcript() throws {
        let configuration = try Self.configuration()
        func by(_ id: String) -> ActorIdentity { GuoqingSimulation.person(id, in: configuration) }
        let lateShift = "dg-sy/2026-10-02T08:00"
        let missedShift = "rz-dg/2026-10-06T20:00"
        let swappedShift = "rz-dg/2026-10-07T08:00"
        var simulation = GuoqingSimulation(configuration: configuration, start: At.at(9, 27, 9), seed: 1, scripted: [lateShift, missedShift, swappedShift])
        func acknowledge(_ kind: AlertKind, at unit: String, _ note: String?, by person: String) -> GuoqingSimulation.Act {
            .onAlert(kind, unit: unit) { .acknowledge(alert: $0, note: note, actor: by(person)) }
        }
        func resolve(_ kind: AlertKind, at unit: String, _ note: String?, by person: String) -> GuoqingSimulation.Act {
            .onAlert(kind, unit: unit) { .resolve(alert: $0, note: note, actor: by(person)) }
        }
        simulation.run(until: At.at(10, 8, 9), script: [
            // 09-27: three of the four staffed units file (报备) their 国庆 roster; 岚山区中心小学 misses the
            // deadline (72h before 10-01), is chased, and files late the next morning.
            (At.at(9, 27, 10), .run(.fileRoster(unit: "rz", period: "国庆节", actor: by("rz-zheng")))),
            (At.at(9, 27, 11), .run(.fileRoster(unit: "rz-dg", period: "国庆节", actor: by("dg-zhao")))),
            (At.at(9, 27, 15), .run(.fileRoster(unit: "dg-sy", period: "国庆节", actor: by("sy-chen")))),
            (At.at(9, 28, 9, 30), .run(.fileRoster(unit: "ls-zx", period: "国庆节", actor: by("zx-lin")))),
            // 09-30: the city's safety section imports the autumn inspection's ledger before the holiday.
            (At.at(9, 30, 12), .run(.importLedger(try GuoqingSimulation.exampleLedger(), dryRun: false, allowUnmatched: false, actor: .account("root")))),
            // Its major hazard, overdue since 09-18, is acknowledged by the school's head, rectified on 10-01 and
            // verified by 东港区's safety officer; the kindergarten's extinguishers are replaced on 10-03; the
            // hazards reported rectified before the holiday are verified when their alerts reach the verifiers.
            (At.at(9, 30, 15), acknowledge(.hazardOverdue, at: "dg-sz", "已安排加装双锁", by: "sz-yang")),
            (At.at(10, 1, 10), .run(.hazard(id: "dg-sz-3", .rectified(note: "已加装双锁，落实双人管理"), actor: by("sz-huang")))),
            (At.at(10, 2, 9), .run(.hazard(id: "dg-sz-3", .verify(note: "现场验收合格"), actor: by("dg-li")))),
            (At.at(10, 1, 9), acknowledge(.hazardOverdue, at: "dg-yey", "灭火器已订购", by: "yey-xu")),
            (At.at(10, 3, 10), .run(.hazard(id: "dg-yey-2", .rectified(note: "已更换灭火器，建立月检制度"), actor: by("yey-zhu")))),
            (At.at(10, 5, 10), .run(.hazard(id: "dg-yey-2", .verify(note: nil), actor: by("dg-li")))),
            (At.at(10, 3, 14), .run(.hazard(id: "dg-yey-1", .verify(note: "安全出口已畅通"), actor: by("dg-li")))),
            (At.at(10, 4, 16), .run(.hazard(id: "rz-yz-6", .verify(note: "护栏已加固"), actor: by("rz-pang")))),
            // Daily reports: the staffed units file a zero report at noon (the routine); 岚山区 files a zero
            // report on the first day, 东港区 a note; on 10-04 东港区 reports the incident. On 10-03
            // 岚山区中心小学 files nothing by 16:00: its alert climbs to its head, and 林小红 files late (补报).
            (At.at(10, 1, 15), .run(.fileDaily(unit: "rz-ls", date: nil, note: nil, actor: by("ls-shi")))),
            (At.at(10, 1, 15, 30), .run(.fileDaily(unit: "rz-dg", date: nil, note: "节日首日平稳", actor: by("dg-zhao")))),
            (At.at(10, 4, 15, 55), .run(.fileDaily(unit: "rz-dg", date: nil, note: "东港区实验小学学生溺水，已送医，已逐级上报", actor: by("dg-sun")))),
            (At.at(10, 3, 17, 30), .run(.fileDaily(unit: "ls-zx", date: nil, note: "值班正常，日报补报", actor: by("zx-lin")))),
            // 10-02: 陈静 of 东港区实验小学 checks in 32 minutes late, after her alert reached her leader;
            // she answers the shift's random spot check herself.
            (At.at(10, 2, 8, 32), .run(.checkIn(shift: lateShift, unit: nil, person: nil, actor: by("sy-chen")))),
            (At.at(10, 2, 10, 26), .run(.checkIn(shift: lateShift, unit: nil, person: nil, actor: by("sy-chen")))),
            // 10-04: a student drowns; 东港区's duty office acknowledges, but only passing it up stops the climb.
            (At.at(10, 4, 15), .run(.report(unit: "dg-sy", summary: "学生溺水", severity: .major, details: Self.drowning, actor: by("sy-chen")))),
            (At.at(10, 4, 15, 5), acknowledge(.incident, at: "dg-sy", "已收到", by: "dg-zhao")),
            (At.at(10, 4, 15, 20), .run(.passUp(incident: "I1", note: "已电话报告市局", actor: by("dg-sun")))),
            (At.at(10, 4, 15, 40), .run(.followUp(incident: "I1", note: "学生已脱离危险", written: false, actor: by("sy-chen")))),
            (At.at(10, 4, 15, 45), .run(.passUp(incident: "I1", note: "已报市局领导", actor: by("rz-zheng")))),
            (At.at(10, 4, 15, 50), acknowledge(.incident, at: "dg-sy", nil, by: "rz-wu")),
            (At.at(10, 4, 16, 30), .run(.followUp(incident: "I1", note: "书面报告已报送", written: true, actor: by("sy-chen")))),
            (At.at(10, 4, 19), resolve(.incident, at: "dg-sy", "学生已出院，事件办结", by: "rz-wu")),
            // 10-05 22:00: the city's duty office phones 岚山区中心小学; the gatekeeper answers; 林小红 calls back.
            (At.at(10, 5, 22), .run(.spotCheck(
                unit: "ls-zx", target: .dutyOfficer, report: SpotCheckReport(method: .phone, phone: "", outcome: .someoneElse, note: "门卫代接"),
                actor: by("rz-zheng")))),
            (At.at(10, 5, 22, 3), .run(.checkIn(shift: nil, unit: "ls-zx", person: "zx-lin", actor: by("zx-lin")))),
            // 10-06: 东港区's night officer, ill, never checks in; the alert climbs to the city, which
            // acknowledges, and the county's head resolves it once 赵文博 has taken the post. The roster still
            // names 李红梅, so the night's random spot check asks her, and the leader on duty ends that too.
            (At.at(10, 6, 21, 20), acknowledge(.missedCheckin, at: "rz-dg", "已联系东港区", by: "rz-zheng")),
            (At.at(10, 6, 21, 40), resolve(.missedCheckin, at: "rz-dg", "李红梅因病缺岗，赵文博顶岗", by: "dg-sun")),
            (At.at(10, 7, 3, 20), resolve(.absentAtSpotCheck, at: "rz-dg", "李红梅病假，赵文博在岗", by: "dg-sun")),
            // Swaps: 郑海涛 asks to give his 10-05 night to 逄仁霞, who has the day shift, and 吴志强 refuses;
            // 李红梅, ill, gives her 10-07 day shift to 赵文博, and 孙立新 approves: the check-in follows him.
            (At.at(10, 5, 9), .run(.requestSwap(shift: "rz/2026-10-05T20:00", partner: "rz-pang", note: "家中有事", anyUnit: false, actor: by("rz-zheng")))),
            (At.at(10, 5, 11), .run(.decideSwap(id: 1, approve: false, reason: "逄仁霞当日已值白班，不宜连班", actor: by("rz-wu")))),
            (At.at(10, 7, 0, 30), .run(.requestSwap(shift: swappedShift, partner: "dg-zhao", note: "病假", anyUnit: false, actor: by("dg-li")))),
            (At.at(10, 7, 0, 40), .run(.decideSwap(id: 2, approve: true, reason: nil, actor: by("dg-sun")))),
            (At.at(10, 7, 8, 5), .officerCheckIn(shift: swappedShift)),
            (At.at(10, 7, 9, 3), .officerCheckIn(shift: swappedShift)),
        ])
        // Every unit's daily report of every holiday day rolls up into its parent's line for it.
        #expect(simulation.rollUpMismatches == [])
        // Each day: what happened out of the routine, the routine counted, then the city's daily report
        // (值班日报, assembled as the day ended): its own line, one per unit below it, and the totals.
        #expect(simulation.transcript(dailyOf: "rz", in: "国庆节") == [
            "09-27 10:00 roster_filed rz 国庆节 by 郑海涛",
            "09-27 11:00 roster_filed rz-dg 国庆节 by 赵文博",
            "09-27 15:00 roster_filed dg-sy 国庆节 by 陈静",
            "09-27 17:00 daily_sent 2026-09-27: 10 reports to the level above, 10 notices",
            "09-27 routine: 0 reminders, 0 check-ins on time, 0 random spot checks, 0 confirmed, 4 zero reports",
            "09-28 00:00 roster_not_filed #1 raised L0 ls-zx → 林小红 (岚山区中心小学未在09-28 00:00前报备国庆节值班表)",
            "09-28 04:00 roster_not_filed #1 escalated L1 ls-zx → 高建华",
            "09-28 08:00 roster_not_filed #1 escalated L2 ls-zx → 石磊",
            "09-28 09:30 roster_filed ls-zx 国庆节 by 林小红 (late)",
            "09-28 09:30 roster_not_filed #1 resolved L2 ls-zx by 林小红 (岚山区中心小学已于09-28 09:30补报国庆节值班表)",
            "09-28 routine: 0 reminders, 0 check-ins on time, 0 random spot checks, 0 confirmed, 0 zero reports",
            "09-30 12:00 hazard dg-yey-1 imported dg-yey by root (from 2026-autumn-inspection.csv, row 2: rectified (已整改), deadline 2026-09-20)",
            "09-30 12:00 hazard dg-yey-2 imported dg-yey by root (from 2026-autumn-inspection.csv, row 3: rectifying (整改中), deadline 2026-09-25)",
            "09-30 12:00 hazard dg-sz-3 imported dg-sz by root (from 2026-autumn-inspection.csv, row 4: rectifying (整改中), deadline 2026-09-18)",
            "09-30 12:00 hazard ls-ez-4 imported ls-ez by root (from 2026-autumn-inspection.csv, row 5: open (未整改), deadline 2026-09-30)",
            "09-30 12:00 hazard ls-hf-5 imported ls-hf by root (from 2026-autumn-inspection.csv, row 6: open (未整改), deadline 2026-10-15)",
            "09-30 12:00 hazard rz-yz-6 imported rz-yz by root (from 2026-autumn-inspection.csv, row 7: rectified (已整改), deadline 2026-09-22)",
            "09-30 12:00 hazard ls-ez-4 reminded ls-ez → 马丽娟 (deadline 2026-09-30T23:59:59+08:00, 1d reminder)",
            "09-30 12:00 hazard_overdue #2 raised L0 dg-sz → 黄磊 (dg-sz-3 整改逾期（时限 2026-09-18）：实验楼二楼：危化品柜未双人双锁)",
            "09-30 12:00 hazard_overdue #3 raised L0 dg-yey → 朱丽 (dg-yey-2 整改逾期（时限 2026-09-25）：厨房：灭火器压力不足已过期)",
            "09-30 14:00 hazard_overdue #2 escalated L1 dg-sz → 杨帆",
            "09-30 15:00 hazard_overdue #2 acknowledged L1 dg-sz by 杨帆 (已安排加装双锁)",
            "09-30 23:59 hazard_overdue #4 raised L0 ls-ez → 马丽娟 (ls-ez-4 整改逾期（时限 2026-09-30）：学生宿舍：应急照明灯损坏)",
            "09-30 routine: 4 reminders, 4 check-ins on time, 3 random spot checks, 3 confirmed, 0 zero reports",
            "10-01 09:00 hazard_overdue #3 acknowledged L0 dg-yey by 徐晓燕 (灭火器已订购)",
            "10-01 10:00 hazard dg-sz-3 rectified dg-sz by 黄磊 (已加装双锁，落实双人管理)",
            "10-01 10:00 hazard_overdue #2 resolved L1 dg-sz by 黄磊 (hazard dg-sz-3 reported rectified)",
            "10-01 15:00 daily_filed rz-ls 2026-10-01 by 石磊: zero report",
            "10-01 15:30 daily_filed rz-dg 2026-10-01 by 赵文博: note (节日首日平稳)",
            "10-01 17:00 daily_sent 2026-10-01: 10 reports to the level above, 10 notices",
            "10-01 23:59 hazard_overdue #4 escalated L1 ls-ez → 罗军",
            "10-01 routine: 8 reminders, 8 check-ins on time, 6 random spot checks, 6 confirmed, 3 zero reports",
            "10-01 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 1/1 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-01 daily rz ⊃ rz-dg: shifts 4 on time 4 late 0 missed 0 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 1 overdue 1 · 整改 2/3 · 已报",
            "10-01 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 零报告",
            "10-01 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-01 daily rz total: shifts 8 on time 8 late 0 missed 0 · spot checks 6/6 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 1 overdue 2 · 整改 3/6",
            "10-02 08:15 missed_checkin #5 raised L0 dg-sy → 陈静 (陈静未在10-02 08:15前签到（10-02 08:00起的班次）)",
            "10-02 08:30 missed_checkin #5 escalated L1 dg-sy → 刘洋",
            "10-02 08:32 checked_in dg-sy by 陈静",
            "10-02 08:32 missed_checkin #5 resolved L1 dg-sy by 陈静 (陈静于10-02 08:32签到，迟到32分钟)",
            "10-02 09:00 hazard dg-sz-3 verified dg-sz by 李红梅 (现场验收合格)",
            "10-02 10:24 spot_check_requested #14 dg-sy → 陈静",
            "10-02 10:26 spot_check_confirmed #14 dg-sy by 陈静",
            "10-02 17:00 daily_sent 2026-10-02: 10 reports to the level above, 10 notices",
            "10-02 routine: 8 reminders, 7 check-ins on time, 6 random spot checks, 6 confirmed, 4 zero reports",
            "10-02 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-02 daily rz ⊃ rz-dg: shifts 4 on time 3 late 1 missed 0 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 2/3 · 零报告",
            "10-02 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 未报",
            "10-02 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-02 daily rz total: shifts 8 on time 7 late 1 missed 0 · spot checks 7/7 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 2 · 整改 3/6",
            "10-03 10:00 hazard dg-yey-2 rectified dg-yey by 朱丽 (已更换灭火器，建立月检制度)",
            "10-03 10:00 hazard_overdue #3 resolved L0 dg-yey by 朱丽 (hazard dg-yey-2 reported rectified)",
            "10-03 12:00 rectification_unverified #6 raised L0 dg-yey → 李红梅 (dg-yey-1 已整改待验收：一楼东侧安全出口：安全出口被杂物堵塞)",
            "10-03 12:00 rectification_unverified #7 raised L0 rz-yz → 逄仁霞 (rz-yz-6 已整改待验收：体育馆：看台护栏松动)",
            "10-03 14:00 hazard dg-yey-1 verified dg-yey by 李红梅 (安全出口已畅通)",
            "10-03 14:00 rectification_unverified #6 resolved L0 dg-yey by 李红梅 (hazard dg-yey-1 verified and closed)",
            "10-03 16:00 daily_report_missing #8 raised L0 ls-zx → 林小红 (岚山区中心小学未在10-03 16:00前报送值班日报)",
            "10-03 17:00 daily_sent 2026-10-03: 10 reports to the level above, 10 notices",
            "10-03 17:00 daily_report_missing #8 escalated L1 ls-zx → 高建华",
            "10-03 17:30 daily_filed ls-zx 2026-10-03 by 林小红: note (值班正常，日报补报) (late)",
            "10-03 17:30 daily_report_missing #8 resolved L1 ls-zx by 林小红 (岚山区中心小学已于10-03 17:30补报10-03值班日报)",
            "10-03 19:30 reminded dg-sy → 陈静 (held by 计划停电 until 19:45)",
            "10-03 19:30 reminded rz-dg → 赵文博 (held by 计划停电 until 19:45)",
            "10-03 23:59 hazard_overdue #4 escalated L2 ls-ez → 吕秀英",
            "10-03 routine: 6 reminders, 8 check-ins on time, 9 random spot checks, 9 confirmed, 3 zero reports",
            "10-03 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-03 daily rz ⊃ rz-dg: shifts 4 on time 4 late 0 missed 0 · spot checks 4/4 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 1 overdue 0 · 整改 3/3 · 零报告",
            "10-03 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 未报",
            "10-03 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-03 daily rz total: shifts 8 on time 8 late 0 missed 0 · spot checks 9/9 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 1 overdue 1 · 整改 4/6",
            "10-04 12:00 rectification_unverified #7 escalated L1 rz-yz → 吴志强",
            "10-04 15:00 incident #9 raised L0 dg-sy by 陈静 → 赵文博 (学生溺水)",
            "10-04 15:05 incident #9 acknowledged L0 dg-sy by 赵文博 (已收到 — still climbs: this incident must be passed up (dutyctl report pass-up I1))",
            "10-04 15:15 incident #9 escalated L1 dg-sy → 孙立新",
            "10-04 15:20 incident #9 passed_up L2 dg-sy by 孙立新 → 郑海涛 (已电话报告市局)",
            "10-04 15:40 incident #9 followed_up L2 dg-sy by 陈静 → 赵文博,孙立新,郑海涛 (学生已脱离危险)",
            "10-04 15:45 incident #9 passed_up L3 dg-sy by 郑海涛 → 吴志强 (已报市局领导)",
            "10-04 15:50 incident #9 acknowledged L3 dg-sy by 吴志强",
            "10-04 15:55 daily_filed rz-dg 2026-10-04 by 孙立新: note (东港区实验小学学生溺水，已送医，已逐级上报)",
            "10-04 16:00 hazard rz-yz-6 verified rz-yz by 逄仁霞 (护栏已加固)",
            "10-04 16:00 rectification_unverified #7 resolved L1 rz-yz by 逄仁霞 (hazard rz-yz-6 verified and closed)",
            "10-04 16:30 incident #9 followed_up L3 dg-sy by 陈静 → 赵文博,孙立新,郑海涛,吴志强 (书面报告已报送)",
            "10-04 17:00 daily_sent 2026-10-04: 10 reports to the level above, 10 notices",
            "10-04 19:00 incident #9 resolved L3 dg-sy by 吴志强 (学生已出院，事件办结)",
            "10-04 routine: 8 reminders, 8 check-ins on time, 10 random spot checks, 10 confirmed, 3 zero reports",
            "10-04 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-04 daily rz ⊃ rz-dg: shifts 4 on time 4 late 0 missed 0 · spot checks 6/6 missed 0 · incidents 1 follow-ups 2 · hazards found 0 rectified 0 overdue 0 · 整改 3/3 · 已报",
            "10-04 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 未报",
            "10-04 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-04 daily rz total: shifts 8 on time 8 late 0 missed 0 · spot checks 10/10 missed 0 · incidents 1 follow-ups 2 · hazards found 0 rectified 0 overdue 1 · 整改 4/6",
            "10-05 09:00 swap #1 requested rz/2026-10-05T20:00 by 郑海涛 → 逄仁霞,吴志强 (家中有事)",
            "10-05 10:00 hazard dg-yey-2 verified dg-yey by 李红梅",
            "10-05 11:00 swap #1 refused rz/2026-10-05T20:00 by 吴志强 → 郑海涛,逄仁霞 (逄仁霞当日已值白班，不宜连班)",
            "10-05 17:00 daily_sent 2026-10-05: 10 reports to the level above, 10 notices",
            "10-05 22:00 spot_check_recorded #43 ls-zx by 郑海涛 (电话抽查 13906333002：他人接听（门卫代接）)",
            "10-05 22:00 spot_check_requested #43 ls-zx by 郑海涛 → 林小红",
            "10-05 22:03 spot_check_confirmed #43 ls-zx by 林小红",
            "10-05 routine: 8 reminders, 8 check-ins on time, 7 random spot checks, 7 confirmed, 4 zero reports",
            "10-05 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 1/1 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-05 daily rz ⊃ rz-dg: shifts 4 on time 4 late 0 missed 0 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 3/3 · 零报告",
            "10-05 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 4/4 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 未报",
            "10-05 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-05 daily rz total: shifts 8 on time 8 late 0 missed 0 · spot checks 8/8 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 4/6",
            "10-06 17:00 daily_sent 2026-10-06: 10 reports to the level above, 10 notices",
            "10-06 20:15 missed_checkin #10 raised L0 rz-dg → 李红梅 (李红梅未在10-06 20:15前签到（10-06 20:00起的班次）)",
            "10-06 20:30 missed_checkin #10 escalated L1 rz-dg → 孙立新",
            "10-06 20:45 missed_checkin #10 escalated L2 rz-dg → 孙立新",
            "10-06 21:15 missed_checkin #10 escalated L3 rz-dg → 郑海涛",
            "10-06 21:20 missed_checkin #10 acknowledged L3 rz-dg by 郑海涛 (已联系东港区)",
            "10-06 21:40 missed_checkin #10 resolved L3 rz-dg by 孙立新 (李红梅因病缺岗，赵文博顶岗)",
            "10-06 23:59 hazard_overdue #4 renotified L2 ls-ez → 吕秀英",
            "10-06 routine: 8 reminders, 7 check-ins on time, 6 random spot checks, 6 confirmed, 4 zero reports",
            "10-06 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 2/2 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-06 daily rz ⊃ rz-dg: shifts 4 on time 3 late 0 missed 1 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 3/3 · 零报告",
            "10-06 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 1/1 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 未报",
            "10-06 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-06 daily rz total: shifts 8 on time 7 late 0 missed 1 · spot checks 6/6 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 4/6",
            "10-07 00:30 swap #2 requested rz-dg/2026-10-07T08:00 by 李红梅 → 赵文博,孙立新 (病假)",
            "10-07 00:40 swap #2 approved rz-dg/2026-10-07T08:00 by 孙立新 → 李红梅,赵文博",
            "10-07 02:56 spot_check_requested #51 rz-dg → 李红梅",
            "10-07 03:06 absent_at_spot_check #11 raised L0 rz-dg → 李红梅 (抽查51：李红梅未在10-07 03:06前确认在岗（脱岗）)",
            "10-07 03:16 absent_at_spot_check #11 escalated L1 rz-dg → 孙立新",
            "10-07 03:20 absent_at_spot_check #11 resolved L1 rz-dg by 孙立新 (李红梅病假，赵文博在岗)",
            "10-07 08:05 checked_in rz-dg by 赵文博",
            "10-07 09:01 spot_check_requested #54 rz-dg → 赵文博",
            "10-07 09:03 spot_check_confirmed #54 rz-dg by 赵文博",
            "10-07 17:00 daily_sent 2026-10-07: 10 reports to the level above, 10 notices",
            "10-07 routine: 8 reminders, 7 check-ins on time, 10 random spot checks, 10 confirmed, 4 zero reports",
            "10-07 daily rz own: shifts 2 on time 2 late 0 missed 0 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 0/0 · 零报告",
            "10-07 daily rz ⊃ rz-dg: shifts 4 on time 4 late 0 missed 0 · spot checks 5/6 missed 1 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 3/3 · 零报告",
            "10-07 daily rz ⊃ rz-ls: shifts 2 on time 2 late 0 missed 0 · spot checks 3/3 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 0/2 · 未报",
            "10-07 daily rz ⊃ rz-yz: shifts 0 on time 0 late 0 missed 0 · spot checks 0/0 missed 0 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 0 · 整改 1/1 · 未报",
            "10-07 daily rz total: shifts 8 on time 8 late 0 missed 0 · spot checks 11/12 missed 1 · incidents 0 follow-ups 0 · hazards found 0 rectified 0 overdue 1 · 整改 4/6",
        ])
    }
}
