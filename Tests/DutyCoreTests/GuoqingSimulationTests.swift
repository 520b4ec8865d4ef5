import DutyCore
import Foundation
import Testing

/// 国庆 2026 on the example bureau (日照市教育局, config/): its calendar, its roster of the city, 东港区,
/// 东港区实验小学 and 岚山区中心小学 from 09-30 20:00 to 10-08 08:00, driven through `DutyState` with
/// an injected clock and a script of what people do each day.
@Suite("A seven-day 国庆 holiday on the example bureau")
struct GuoqingSimulationTests {
    typealias At = SimulationClock

    /// The example configuration, with what the scenario adds to it:
    /// - 东港区's planned power cut on 10-03 19:00–19:45 (the example's only window, the June 中考,
    ///   falls outside the holiday), so that the 19:30 reminders of its 20:00 shifts are held;
    /// - `mandatory_upward` on major incidents, as the rules of 逐级上报 require (the example leaves
    ///   it off), so that a county's acknowledgement does not stop the report reaching the city;
    /// - a fixed spot-check seed, so the daemon's random spot checks fall at the same times each run.
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
        var simulation = GuoqingSimulation(configuration: configuration, start: At.at(9, 30, 12), seed: 1, scripted: [lateShift, missedShift])
        simulation.run(until: At.at(10, 8, 9), script: [
            // 10-02: 陈静 of 东港区实验小学 checks in 32 minutes late, after her alert reached her leader.
            (At.at(10, 2, 8, 32), .checkIn(shift: lateShift, unit: nil, person: nil, actor: by("sy-chen"))),
            (At.at(10, 2, 10, 26), .checkIn(shift: lateShift, unit: nil, person: nil, actor: by("sy-chen"))),
            // 10-04: a student drowns; 东港区's duty office acknowledges, but only passing it up stops the climb.
            (At.at(10, 4, 15), .report(unit: "dg-sy", summary: "学生溺水", severity: .major, details: Self.drowning, actor: by("sy-chen"))),
            (At.at(10, 4, 15, 5), .acknowledge(alert: 2, note: "已收到", actor: by("dg-zhao"))),
            (At.at(10, 4, 15, 20), .passUp(incident: "I1", note: "已电话报告市局", actor: by("dg-sun"))),
            (At.at(10, 4, 15, 40), .followUp(incident: "I1", note: "学生已脱离危险", written: false, actor: by("sy-chen"))),
            (At.at(10, 4, 15, 45), .passUp(incident: "I1", note: "已报市局领导", actor: by("rz-zheng"))),
            (At.at(10, 4, 15, 50), .acknowledge(alert: 2, note: nil, actor: by("rz-wu"))),
            (At.at(10, 4, 16, 30), .followUp(incident: "I1", note: "书面报告已报送", written: true, actor: by("sy-chen"))),
            (At.at(10, 4, 19), .resolve(alert: 2, note: "学生已出院，事件办结", actor: by("rz-wu"))),
            // 10-05 22:00: the city's duty office phones 岚山区中心小学; the gatekeeper answers; 林小红 calls back.
            (At.at(10, 5, 22), .spotCheck(
                unit: "ls-zx", target: .dutyOfficer, report: SpotCheckReport(method: .phone, phone: "", outcome: .someoneElse, note: "门卫代接"),
                actor: by("rz-zheng"))),
            (At.at(10, 5, 22, 3), .checkIn(shift: nil, unit: "ls-zx", person: "zx-lin", actor: by("zx-lin"))),
            // 10-06: 东港区's night officer, ill, never checks in; the alert climbs to the city, which
            // acknowledges, and the county's head resolves it once 赵文博 has taken the post. The roster still
            // names 李红梅, so the night's random spot check asks her, and the leader on duty ends that too.
            (At.at(10, 6, 21, 20), .acknowledge(alert: 3, note: "已联系东港区", actor: by("rz-zheng"))),
            (At.at(10, 6, 21, 40), .resolve(alert: 3, note: "李红梅因病缺岗，赵文博顶岗", actor: by("dg-sun"))),
            (At.at(10, 7, 3, 20), .resolve(alert: 4, note: "李红梅病假，赵文博在岗", actor: by("dg-sun"))),
        ])
        #expect(simulation.transcript == [
            "09-30 routine: 4 reminders, 4 check-ins on time, 3 random spot checks, 3 confirmed",
            "10-01 routine: 8 reminders, 8 check-ins on time, 6 random spot checks, 6 confirmed",
            "10-02 08:15 missed_checkin #1 raised L0 dg-sy → 陈静 (陈静未在10-02 08:15前签到（10-02 08:00起的班次）)",
            "10-02 08:30 missed_checkin #1 escalated L1 dg-sy → 刘洋",
            "10-02 08:32 checked_in dg-sy by 陈静",
            "10-02 08:32 missed_checkin #1 resolved L1 dg-sy by 陈静 (陈静于10-02 08:32签到，迟到32分钟)",
            "10-02 10:24 spot_check_requested #14 dg-sy → 陈静",
            "10-02 10:26 spot_check_confirmed #14 dg-sy by 陈静",
            "10-02 routine: 8 reminders, 7 check-ins on time, 6 random spot checks, 6 confirmed",
            "10-03 19:30 reminded dg-sy → 陈静 (held by 计划停电 until 19:45)",
            "10-03 19:30 reminded rz-dg → 赵文博 (held by 计划停电 until 19:45)",
            "10-03 routine: 6 reminders, 8 check-ins on time, 9 random spot checks, 9 confirmed",
            "10-04 15:00 incident #2 raised L0 dg-sy by 陈静 → 赵文博 (学生溺水)",
            "10-04 15:05 incident #2 acknowledged L0 dg-sy by 赵文博 (已收到 — still climbs: this incident must be passed up (dutyctl report pass-up I1))",
            "10-04 15:15 incident #2 escalated L1 dg-sy → 孙立新",
            "10-04 15:20 incident #2 passed_up L2 dg-sy by 孙立新 → 郑海涛 (已电话报告市局)",
            "10-04 15:40 incident #2 followed_up L2 dg-sy by 陈静 → 赵文博,孙立新,郑海涛 (学生已脱离危险)",
            "10-04 15:45 incident #2 passed_up L3 dg-sy by 郑海涛 → 吴志强 (已报市局领导)",
            "10-04 15:50 incident #2 acknowledged L3 dg-sy by 吴志强",
            "10-04 16:30 incident #2 followed_up L3 dg-sy by 陈静 → 赵文博,孙立新,郑海涛,吴志强 (书面报告已报送)",
            "10-04 19:00 incident #2 resolved L3 dg-sy by 吴志强 (学生已出院，事件办结)",
            "10-04 routine: 8 reminders, 8 check-ins on time, 10 random spot checks, 10 confirmed",
            "10-05 22:00 spot_check_recorded #43 ls-zx by 郑海涛 (电话抽查 13906333002：他人接听（门卫代接）)",
            "10-05 22:00 spot_check_requested #43 ls-zx by 郑海涛 → 林小红",
            "10-05 22:03 spot_check_confirmed #43 ls-zx by 林小红",
            "10-05 routine: 8 reminders, 8 check-ins on time, 7 random spot checks, 7 confirmed",
            "10-06 20:15 missed_checkin #3 raised L0 rz-dg → 李红梅 (李红梅未在10-06 20:15前签到（10-06 20:00起的班次）)",
            "10-06 20:30 missed_checkin #3 escalated L1 rz-dg → 孙立新",
            "10-06 20:45 missed_checkin #3 escalated L2 rz-dg → 孙立新",
            "10-06 21:15 missed_checkin #3 escalated L3 rz-dg → 郑海涛",
            "10-06 21:20 missed_checkin #3 acknowledged L3 rz-dg by 郑海涛 (已联系东港区)",
            "10-06 21:40 missed_checkin #3 resolved L3 rz-dg by 孙立新 (李红梅因病缺岗，赵文博顶岗)",
            "10-06 routine: 8 reminders, 7 check-ins on time, 6 random spot checks, 6 confirmed",
            "10-07 02:56 spot_check_requested #51 rz-dg → 李红梅",
            "10-07 03:06 absent_at_spot_check #4 raised L0 rz-dg → 李红梅 (抽查51：李红梅未在10-07 03:06前确认在岗（脱岗）)",
            "10-07 03:16 absent_at_spot_check #4 escalated L1 rz-dg → 孙立新",
            "10-07 03:20 absent_at_spot_check #4 resolved L1 rz-dg by 孙立新 (李红梅病假，赵文博在岗)",
            "10-07 routine: 8 reminders, 8 check-ins on time, 11 random spot checks, 11 confirmed",
        ])
    }
}
