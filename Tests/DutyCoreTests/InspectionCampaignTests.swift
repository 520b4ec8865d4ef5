import DutyCore
import Foundation
import Testing

/// The campaign of the first seed: 日照经开区 checks 17 private kindergartens after 五一 and finds
/// 42 hazards (2 major, 8 high, 20 general, 12 low). Hazard k is at kindergarten ((k-1) mod 17) + 1.
/// Deadlines by risk: major 05-08, high 05-10, general 05-15, low 05-20 (each the end of the day).
enum Campaign {
    static let kindergartens = 17
    static let hazards = 42

    static func kindergarten(of hazard: Int) -> Int { (hazard - 1) % kindergartens + 1 }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func risk(of hazard: Int) -> (word: String, deadline: String) {
        switch hazard {
        case 1...2: ("重大", "2026-05-08")
        case 3...10: ("较大", "2026-05-10")
        case 11...30: ("一般", "2026-05-15")
        default: ("低", "2026-05-20")
        }
    }

    static let configuration: String = {
        var text = """
            [hazards]
            reminders = ["3d", "1d"]
            verify_within = "2d"

            [[units]]
            id = "rz"
            name = "日照市教育局"
            kind = "city"
            contacts = { head = ["rz-wu"], safety = ["rz-pang"] }

            [[units]]
            id = "jk"
            name = "日照经开区社会事业局"
            kind = "county"
            parent = "rz"
            contacts = { head = ["jk-li"], safety = ["jk-wang"] }

            [[people]]
            id = "rz-wu"
            name = "吴志强"
            phone = "13806330101"
            unit = "rz"

            [[people]]
            id = "rz-pang"
            name = "逄仁霞"
            phone = "13806330102"
            unit = "rz"

            [[people]]
            id = "jk-li"
            name = "李明"
            phone = "13806330201"
            unit = "jk"

            [[people]]
            id = "jk-wang"
            name = "王建华"
            phone = "13806330202"
            unit = "jk"

            """
        for k in 1...kindergartens {
            text += """

                [[units]]
                id = "kg\(two(k))"
                name = "经开区第\(two(k))民办幼儿园"
                kind = "school"
                parent = "jk"
                contacts = { head = ["yz\(two(k))"], safety = ["aq\(two(k))"] }

                [[people]]
                id = "yz\(two(k))"
                name = "园长\(two(k))"
                phone = "1390633\(two(k))01"
                unit = "kg\(two(k))"

                [[people]]
                id = "aq\(two(k))"
                name = "安全员\(two(k))"
                phone = "1390633\(two(k))02"
                unit = "kg\(two(k))"

                """
        }
        text += """

            [[policies]]
            kind = "hazard_overdue"
            risk = "major"
            levels = [
              { role = "responsible", timeout = "2h" },
              { role = "head", timeout = "2h" },
              { role = "safety", up = 1, timeout = "4h" },
              { role = "safety", up = 2, timeout = "8h" },
            ]
            resolve_within = "1d"

            [[policies]]
            kind = "hazard_overdue"
            levels = [
              { role = "responsible", timeout = "1d" },
              { role = "head", timeout = "2d" },
              { role = "safety", up = 1, timeout = "3d" },
            ]
            resolve_within = "3d"

            [[policies]]
            kind = "rectification_unverified"
            levels = [{ role = "responsible", timeout = "1d" }, { role = "head", up = 1, timeout = "2d" }]
            repeat = "2d"
            resolve_within = "2d"

            """
        for kind in ["missed_checkin", "absent_at_spot_check", "incident"] {
            text += "\n[[policies]]\nkind = \"\(kind)\"\nlevels = [{ role = \"responsible\", timeout = \"1h\" }]\nresolve_within = \"1h\"\n"
        }
        return text
    }()

    static let ledger: String = {
        var lines = ["编号,学校/单位,隐患部位,隐患描述,隐患类别,风险等级,整改措施,整改责任人,整改时限"]
        for k in 1...hazards {
            let kg = two(kindergarten(of: k))
            let (word, deadline) = risk(of: k)
            lines.append("H\(k),经开区第\(kg)民办幼儿园,部位\(k),隐患\(k),消防安全,\(word),措施\(k),安全员\(kg),\(deadline)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()
}

@Suite("A simulated inspection campaign: 17 kindergartens, 42 hazards")
struct InspectionCampaignTests {
    typealias At = SimulationClock

    static func importLedger(by actor: ActorIdentity) -> CampaignSimulation.Action {
        { hazards, _, now in
            let configuration = try ConfigDecoder.decode(Campaign.configuration, file: "campaign.toml")
            let plan = try LedgerFixtures.plan(Campaign.ledger, book: hazards, configuration: configuration).get()
            return Applied(outcome: hazards.apply(plan, actor: actor, now: now), alertEvents: [])
        }
    }

    static func rectified(_ ids: [Int], by actor: ActorIdentity) -> CampaignSimulation.Action {
        { hazards, alerts, now in
            var outcome = Applied(outcome: HazardOutcome(), alertEvents: [])
            for id in ids {
                let step = try hazards.reportRectified(id: "H\(id)", note: nil, actor: actor, now: now, alerts: &alerts)
                outcome = Applied(outcome: HazardOutcome(hazardEvents: outcome.hazardEvents + step.hazardEvents), alertEvents: outcome.alertEvents + step.alertEvents)
            }
            return outcome
        }
    }

    static func verified(_ ids: [Int], by actor: ActorIdentity) -> CampaignSimulation.Action {
        { hazards, alerts, now in
            var outcome = Applied(outcome: HazardOutcome(), alertEvents: [])
            for id in ids {
                let step = try hazards.verify(id: "H\(id)", note: "验收合格", actor: actor, now: now, alerts: &alerts)
                outcome = Applied(outcome: HazardOutcome(hazardEvents: outcome.hazardEvents + step.hazardEvents), alertEvents: outcome.alertEvents + step.alertEvents)
            }
            return outcome
        }
    }

    /// Everyone but H1 (major, late), H3 (rectified, never verified in time), H11 (extended) and
    /// H31 (reopened) rectifies on the afternoon of the import and is verified the next morning.
    static let punctual = (1...Campaign.hazards).filter { ![1, 3, 11, 31].contains($0) }

    static func simulation() throws -> CampaignSimulation {
        let configuration = try ConfigDecoder.decode(Campaign.configuration, file: "campaign.toml")
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        return CampaignSimulation(configuration: configuration, start: At.at(5, 6, 9), script: [
            (At.at(5, 6, 9), Self.importLedger(by: "anquanke")),
            (At.at(5, 6, 15), Self.rectified(Self.punctual, by: "yuanzhang")),
            (At.at(5, 7, 10), Self.verified(Self.punctual, by: "anquanke")),
            (At.at(5, 9, 9), Self.rectified([1, 3], by: "yuanzhang")),
            (At.at(5, 10, 10), Self.verified([1], by: "anquanke")),
            (At.at(5, 12, 10), Self.rectified([31], by: "yuanzhang")),
            (At.at(5, 13, 10), { hazards, alerts, now in try hazards.reopen(id: "H31", reason: "复查不合格", actor: "anquanke", now: now, alerts: &alerts) }),
            (At.at(5, 14, 10), { hazards, alerts, now in
                try hazards.extend(id: "H11", to: At.at(5, 25, 23, 59) + .seconds(59), reason: "消防器材到货延迟", approvedBy: "王建华", actor: "anquanke", now: now, clock: clock, alerts: &alerts)
            }),
            (At.at(5, 15, 10), Self.verified([3], by: "anquanke")),
        ])
    }

    @Test("reminders, overdue and unverified alerts and their escalations come exactly when expected")
    func timeline() throws {
        var simulation = try Self.simulation()
        try simulation.run(until: At.at(5, 26, 12))
        #expect(simulation.timeline == [
            "05-06 09:00 H1 reminded 3d 安全员01",
            "05-06 09:00 H2 reminded 3d 安全员02",
            "05-07 23:59 H1 reminded 1d 安全员01",
            "05-07 23:59 H3 reminded 3d 安全员03",
            "05-08 23:59 #1 H1 hazard_overdue raised L0 安全员01",
            "05-09 01:59 #1 H1 hazard_overdue escalated L1 园长01",
            "05-09 03:59 #1 H1 hazard_overdue escalated L2 王建华",
            "05-09 07:59 #1 H1 hazard_overdue escalated L3 逄仁霞",
            "05-09 09:00 #1 H1 hazard_overdue resolved L3 by yuanzhang",
            "05-11 09:00 #2 H3 rectification_unverified raised L0 王建华",
            "05-12 09:00 #2 H3 rectification_unverified escalated L1 李明",
            "05-12 23:59 H11 reminded 3d 安全员11",
            "05-14 09:00 #2 H3 rectification_unverified renotified L1 李明",
            "05-15 10:00 #2 H3 rectification_unverified resolved L1 by anquanke",
            "05-17 23:59 H31 reminded 3d 安全员14",
            "05-19 23:59 H31 reminded 1d 安全员14",
            "05-20 23:59 #3 H31 hazard_overdue raised L0 安全员14",
            "05-21 23:59 #3 H31 hazard_overdue escalated L1 园长14",
            "05-22 23:59 H11 reminded 3d 安全员11",
            "05-23 23:59 #3 H31 hazard_overdue escalated L2 王建华",
            "05-24 23:59 H11 reminded 1d 安全员11",
            "05-25 23:59 #4 H11 hazard_overdue raised L0 安全员11",
        ])
        #expect(simulation.alerts.alerts[4]?.summary.hasPrefix("H11 整改逾期（时限 2026-05-25）：") == true, "the message names the deadline")
    }

    @Test("the roll-up matches hand-computed figures at every level of the tree, mid-campaign and at the end")
    func summary() throws {
        var simulation = try Self.simulation()
        try simulation.run(until: At.at(5, 9, 12))
        // 05-09 12:00: 38 closed on 05-07, H1 and H3 rectified that morning, H11 and H31 still open; nothing overdue.
        let middle = simulation.summary(since: At.at(5, 1, 0))
        for unit in ["rz", "jk"] {
            let figures = try #require(middle[unit])
            #expect(figures.total == 42)
            #expect(figures.byStatus == [.closed: 38, .rectified: 2, .open: 2])
            #expect(figures.overdue == 0 && figures.rectifiedInPeriod == 40 && figures.closedInPeriod == 38)
        }
        #expect(middle["kg01"]?.byStatus == [.rectified: 1, .closed: 2])

        try simulation.run(until: At.at(5, 26, 12))
        let end = simulation.summary(since: At.at(5, 1, 0))
        for unit in ["rz", "jk"] {
            let figures = try #require(end[unit])
            #expect(figures.depth == (unit == "rz" ? 0 : 1))
            #expect(figures.total == 42)
            #expect(figures.byRisk == [.major: 2, .high: 8, .general: 20, .low: 12])
            #expect(figures.byStatus == [.closed: 40, .open: 1, .reopened: 1])
            #expect(figures.overdue == 2 && figures.rectifiedInPeriod == 40 && figures.closedInPeriod == 40)
        }
        // Kindergartens 1–8 have three hazards (k, k+17, k+34), 9–17 two (k, k+17).
        #expect((1...17).map { end["kg\(Campaign.two($0))"]?.total ?? -1 } == [3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2])
        let kg01 = try #require(end["kg01"])
        #expect(kg01.byRisk == [.major: 1, .general: 1, .low: 1] && kg01.byStatus == [.closed: 3] && kg01.overdue == 0)
        let kg11 = try #require(end["kg11"])
        #expect(kg11.byRisk == [.general: 2] && kg11.byStatus == [.open: 1, .closed: 1] && kg11.overdue == 1)
        #expect(kg11.rectifiedInPeriod == 1 && kg11.closedInPeriod == 1)
        let kg14 = try #require(end["kg14"])
        #expect(kg14.byRisk == [.general: 1, .low: 1] && kg14.byStatus == [.closed: 1, .reopened: 1] && kg14.overdue == 1)
        #expect(kg14.rectifiedInPeriod == 1, "H31 was rectified on 05-12 but reopened, so only H14 counts")

        // From 05-12 on, only H3 was closed, and nothing rectified stayed rectified or closed.
        let late = simulation.summary(root: "jk", since: At.at(5, 12, 0))
        #expect(late["jk"]?.closedInPeriod == 1 && late["jk"]?.rectifiedInPeriod == 0)
        #expect(late["rz"] == nil && late.count == 18)
    }
}
