import DutyProtocol
import Foundation
import Testing

@Suite("dutyctl --for: a clerk records what a person said on the phone, as that person")
struct OnBehalfTests {
    @Test("ack --for records root for the person in the reply, dutyctl show and the journal; an unknown person changes nothing")
    func acknowledgeForPerson() throws {
        let daemon = try DaemonHarness()
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "配电箱冒烟"]).status == 0)

        let unknown = try daemon.dutyctl(["ack", "1", "--for", "无此人"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no person has the id or name \"无此人\""))
        #expect(try daemon.dutyctl(["show", "1"]).stdout.contains("triggered"))

        let acknowledged = try daemon.dutyctl(["ack", "1", "--for", "赵文博", "--note", "电话告知已到场"])
        #expect(acknowledged.status == 0)
        #expect(acknowledged.stdout.contains("acknowledged by root for 赵文博 <dg-zhao>"))
        let shown = try daemon.dutyctl(["show", "1"]).stdout
        #expect(shown.contains("root for 赵文博 <dg-zhao>"))
        #expect(eventually(within: 3) { daemon.log().contains("acknowledged by root for 赵文博 <dg-zhao> at level 0") })
        #expect(try daemon.dutyctl(["audit", "verify"]).status == 0)
    }
}
