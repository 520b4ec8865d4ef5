import DutyProtocol
import Foundation
import Testing

@Suite("Swaps (换班) against the real daemon and dutyctl")
struct RosterSwapTests {
    /// Tomorrow's shifts at 东港区实验小学 (陈静, led by 孙立新), 东港区第三中学 and 岚山区中心小学; the
    /// day shift at 东港区实验小学 left out when `withoutDay`.
    static func roster(_ day: String, withoutDay: Bool = false) -> String {
        (["单位,日期,起止时间,值班人员,联系电话,带班领导,带班领导电话"]
            + (withoutDay ? [] : ["东港区实验小学,\(day),08:00-20:00,陈静,13906332002,孙立新,13806331201"])
            + [
                "东港区实验小学,\(day),20:00-次日8:00,陈静,13906332002,孙立新,13806331201",
                "东港区第三中学,\(day),08:00-20:00,黄磊,,杨帆,",
                "岚山区中心小学,\(day),08:00-20:00,林小红,13906333002,高建华,13906333001",
            ]).joined(separator: "\n") + "\n"
    }

    @Test("request, refusals, approve and refuse, swaps; the roster, hours, iCal and outbox follow; restart keeps it, a reload cancels it; scoped admin refused outside (exit 4)")
    func swaps() throws {
        let day = RosterTests.local(Date().addingTimeInterval(86_400)).day
        let file = try RosterTests.scratchFile("roster.csv")
        try Self.roster(day).write(to: file, atomically: true, encoding: .utf8)
        let daemon = try DaemonHarness(configure: { text in
            DaemonSettingsRewrite.daemon(adminGroup: "dutyd-admin", "socket_mode = \"0666\"")(RosterTests.configure(rosterPath: file.path)(text))
                + "\n[[admins]]\ngroup = \"users\"\nunits = [\"rz-dg\"]\n"
        })
        let dayShift = "dg-sy/\(day)T08:00", nightShift = "dg-sy/\(day)T20:00"
        func officer(_ shift: String) throws -> String? {
            try daemon.decode(RosterReply.self, ["roster", "--unit", "dg-sy", "--json"])
                .shifts.first { $0.id == shift }?.dutyOfficer.name
        }
        func swaps() throws -> [SwapInfo] {
            try daemon.decode(SwapsReply.self, ["roster", "swaps", "--json"]).swaps
        }

        let asked = try daemon.dutyctl(["roster", "swap", dayShift, "--with", "刘洋", "--for", "陈静", "--note", "家中有事", "--json"])
        #expect(asked.status == 0, "\(asked.stderr)")
        let swap = try JSONDecoder().decode(SwapReply.self, from: Data(asked.stdout.utf8)).swap
        #expect(swap.id == 1 && swap.state == "requested" && swap.requester == "sy-chen" && swap.partner == "sy-liu" && swap.requestedBy == "root for 陈静 <sy-chen>")
        #expect(try officer(dayShift) == "陈静", "a requested swap changes nothing")

        let refusals: [([String], String)] = [
            (["roster", "swap", "dg-sy/2020-01-01T08:00", "--with", "刘洋", "--for", "陈静"], "no shift dg-sy/2020-01-01T08:00 in the roster"),
            (["roster", "swap", nightShift, "--with", "刘洋"], "name the officer with --for"),
            (["roster", "swap", nightShift, "--with", "刘洋", "--for", "杨帆"], "杨帆 is not on shift \(nightShift)"),
            (["roster", "swap", nightShift, "--with", "孙立新", "--for", "陈静"], "孙立新 is already on shift \(nightShift)"),
            (["roster", "swap", "approve", "1", "--for", "陈静"], "陈静 cannot approve or refuse swap 1: it is their own"),
            (["roster", "swap", "approve", "1", "--for", "杨帆"], "杨帆 is not the leader on duty of swap 1's shift (孙立新 is)"),
            (["roster", "swap", "refuse", "9"], "no swap 9"),
        ]
        for (arguments, message) in refusals {
            let refused = try daemon.dutyctl(arguments)
            #expect(refused.status == 1 && refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
        }
        let chinese = try daemon.dutyctl(["roster", "swap", "approve", "1", "--for", "陈静"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.stderr.contains("陈静 不能审批自己的换班申请 1"), "\(chinese.stderr)")
        #expect(try swaps().map(\.state) == ["requested"], "refusals change nothing")

        let approved = try daemon.dutyctl(["roster", "swap", "approve", "1", "--for", "孙立新", "--reason", "已电话核实"])
        #expect(approved.status == 0 && approved.stdout.contains("approved"), "\(approved.stderr)")
        #expect(try officer(dayShift) == "刘洋")
        #expect(try daemon.dutyctl(["roster", "--ical", "刘洋"]).stdout.contains("DTSTART;TZID=Asia/Shanghai:\(day.replacing("-", with: ""))T080000"))
        let hours = try daemon.dutyctl(["roster", "hours", "--from", day, "--to", day, "--unit", "dg-sy", "--json"]).stdout
        #expect(try JSONDecoder().decode(RosterHoursReply.self, from: Data(hours.utf8)).hours.contains { $0.person == "sy-liu" && $0.role == "duty_officer" && $0.hours == 12 })

        #expect(try daemon.dutyctl(["roster", "swap", nightShift, "--with", "sy-liu", "--for", "sy-chen"]).status == 0)
        let refused = try daemon.dutyctl(["roster", "swap", "refuse", "2", "--for", "孙立新", "--reason", "夜班需本人值守"])
        #expect(refused.status == 0, "\(refused.stderr)")
        #expect(try officer(nightShift) == "陈静", "a refused swap changes nothing")
        let listed = try daemon.dutyctl(["roster", "swaps", "--unit", "东港区实验小学", "--wide"], environment: ["LANG": "zh_CN.UTF-8"]).stdout
        #expect(listed.contains("已批准") && listed.contains("未批准") && listed.contains("夜班需本人值守"), "\(listed)")

        let outbox = try daemon.decode(OutboxReply.self, ["outbox", "--state", "all", "--json"])
        let told = Set(outbox.notifications.filter { $0.text.hasPrefix("【dutyd·换班】") }.map(\.recipient))
        #expect(told == ["sy-chen", "sy-liu", "dg-sun"], "\(told)")
        #expect(daemon.log().contains("swap 1 of shift \(dayShift) (陈静 → 刘洋) approved by root for 孙立新 <dg-sun>: 已电话核实"))

        let permissions = PermissionTests()
        let before = try swaps()
        let outside = try permissions.asNobody(daemon, group: "users", ["roster", "swap", "ls-zx/\(day)T08:00", "--with", "高建华", "--for", "林小红"])
        #expect(outside.status == 4, "\(outside.stderr)")
        #expect(try permissions.asNobody(daemon, group: "users", ["roster", "swap", "dg-sz/\(day)T08:00", "--with", "陈静", "--for", "黄磊"])
            .stderr.contains("only an administrator may swap with another unit"))
        #expect(try swaps() == before, "nothing changed")

        #expect(daemon.stop() == 0)
        try daemon.start()
        #expect(try officer(dayShift) == "刘洋", "an approved swap survives a restart")
        try Self.roster(day, withoutDay: true).write(to: file, atomically: true, encoding: .utf8)
        #expect(try daemon.dutyctl(["reload"]).status == 0)
        #expect(try swaps().map(\.state) == ["cancelled", "refused"])
        #expect(daemon.log().contains("swap 1 of shift \(dayShift) (陈静 → 刘洋) cancelled: shift \(dayShift) is no longer in the roster"))
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
