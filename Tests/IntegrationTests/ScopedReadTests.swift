import DutyProtocol
import Foundation
import Testing

@Suite("Scoped reads ([daemon] scoped_reads) against the real daemon")
struct ScopedReadTests {
    @Test("a member of an [[admins]] group scoped to 东港区 reads only 东港区: lists default to it; another unit, an item elsewhere, the outbox and the audit are refused (exit 4); anyone else outside the admin group reads only the status")
    func scopedReads() throws {
        let daemon = try DaemonHarness(configure: { text in
            DaemonSettingsRewrite.daemon(adminGroup: "dutyd-admin", "socket_mode = \"0666\"", "scoped_reads = true")(text)
                + "\n[[admins]]\ngroup = \"users\"\nunits = [\"rz-dg\"]\n"
        })
        let permissions = PermissionTests()
        let asUser = { (arguments: [String]) in try permissions.asNobody(daemon, group: "users", arguments) }
        let lanShan = try daemon.decode(ReportReply.self, ["report", "--unit", "ls-zx", "--summary", "学生走失", "--json"]).alert.id
        let dongGang = try daemon.decode(ReportReply.self, ["report", "--unit", "dg-sy", "--summary", "配电箱冒烟", "--json"]).alert.id
        #expect(try daemon.dutyctl(["import", "ledger", daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path]).status == 0)
        func decoded<T: Decodable>(_ type: T.Type, _ result: CommandResult) throws -> T {
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONDecoder().decode(type, from: Data(result.stdout.utf8))
        }

        let all = try daemon.decode(AlertsReply.self, ["alerts", "--json"]).alerts
        #expect(Set([lanShan, dongGang]).isSubset(of: all.map(\.id)) && all.contains { $0.unit.hasPrefix("ls-") }, "root reads everything")
        let own = try decoded(AlertsReply.self, asUser(["alerts", "--json"])).alerts
        #expect(own.map(\.id).contains(dongGang) && own.allSatisfy { $0.unit.hasPrefix("dg-") } && own.count < all.count, "\(own.map(\.unit))")
        #expect(try decoded(ShowAlertReply.self, asUser(["show", String(dongGang), "--json"])).alert.unit == "dg-sy")
        let hazards = try decoded(HazardsReply.self, asUser(["hazards", "--json"])).hazards.map(\.unit)
        #expect(!hazards.isEmpty && hazards.allSatisfy { $0.hasPrefix("dg-") }, "\(hazards)")
        let roster = try decoded(RosterReply.self, asUser(["roster", "--json"])).shifts.map(\.unit)
        #expect(!roster.isEmpty && roster.allSatisfy { $0 == "rz-dg" || $0.hasPrefix("dg-") }, "\(roster)")
        #expect(try asUser(["alerts", "--unit", "rz-dg"]).status == 0)

        let refused = [
            ["alerts", "--unit", "ls-zx"], ["alerts", "--unit", "rz"], ["show", String(lanShan)], ["hazard", "show", "rz-yz-6"], ["hazards", "--unit", "rz-ls"],
            ["roster", "--unit", "ls-zx"], ["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07", "--unit", "ls-zx"], ["summary", "rz"],
            ["roster", "--ical", "zx-lin"], ["outbox"], ["audit", "verify"],
        ]
        for arguments in refused {
            let result = try asUser(arguments)
            #expect(result.status == 4, "\(arguments) outside 东港区 should be refused: \(result.stderr)")
        }
        #expect(daemon.log().contains("scoped_reads lets it read only its [[admins]] units (rz-dg)"))

        let stranger = { (arguments: [String]) in try permissions.asNobody(daemon, group: "nogroup", arguments) }
        #expect(try stranger(["alerts"]).status == 4)
        #expect(try stranger(["hazards", "--unit", "dg-sy"]).status == 4)
        #expect(try stranger(["status"]).status == 0)
    }
}
