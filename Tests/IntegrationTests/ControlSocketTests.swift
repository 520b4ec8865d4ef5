import DutyProtocol
import Foundation
import Glibc
import Testing

@Suite("Control socket and dutyctl against the real daemon")
struct ControlSocketTests {
    @Test("dutyctl status shows the loaded configuration, as text and as JSON")
    func status() throws {
        let daemon = try DaemonHarness()
        let text = try daemon.dutyctl(["status"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("organisation   11 units, 25 people, 10 escalation policies"))
        #expect(text.stdout.contains("time zone      Asia/Shanghai"))

        let json = try daemon.dutyctl(["status", "--json"])
        let reply = try JSONDecoder().decode(StatusReply.self, from: Data(json.stdout.utf8))
        #expect(reply.pid == Int(daemon.process.processIdentifier))
        #expect(reply.units == 11)
        #expect(reply.configFile == daemon.configFile.path)
        #expect(reply.nextCheck.hasSuffix("+08:00"))
        #expect(reply.stateDatabase.hasSuffix("/state/state.sqlite"))
    }

    @Test("plain status arguments, read without ArgumentParser, print exactly what ArgumentParser's reading prints")
    func statusShortcut() throws {
        let daemon = try DaemonHarness()
        for arguments in [["status"], ["status", "--json"], ["--json", "status"]] {
            // A final `--` is not part of the shortcut, so ArgumentParser reads the same request.
            let shortcut = try daemon.dutyctl(arguments)
            let parsed = try daemon.dutyctl(arguments + ["--"])
            #expect(shortcut.status == 0)
            #expect(shortcut.stdout == parsed.stdout, "\(arguments)")
            #expect(shortcut.stderr == parsed.stderr, "\(arguments)")
        }
    }

    @Test("malformed and unknown messages get error replies and the daemon keeps serving")
    func malformedMessages() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let bystander = try RawVarlinkConnection(path: daemon.socket)

        let notJSON = try connection.call("this is not json")
        #expect(notJSON?["error"] == .string("io.dutyd.InvalidMessage"))

        let noMethod = try connection.call(#"{"parameters": {}}"#)
        #expect(noMethod?["error"] == .string("io.dutyd.InvalidMessage"))
        #expect(noMethod?["parameters"] == .object(["reason": .string("missing \"method\"")]))

        let wrongType = try connection.call(#"{"method": 42}"#)
        #expect(wrongType?["error"] == .string("io.dutyd.InvalidMessage"))

        let unknownMethod = try connection.call(#"{"method": "io.dutyd.Explode"}"#)
        #expect(unknownMethod?["error"] == .string("org.varlink.service.MethodNotFound"))
        #expect(unknownMethod?["parameters"] == .object(["method": .string("io.dutyd.Explode")]))

        let unknownInterface = try connection.call(#"{"method": "com.example.Thing"}"#)
        #expect(unknownInterface?["error"] == .string("org.varlink.service.InterfaceNotFound"))

        let badParameter = try connection.call(#"{"method": "org.varlink.service.GetInterfaceDescription", "parameters": {"interface": 7}}"#)
        #expect(badParameter?["error"] == .string("org.varlink.service.InvalidParameter"))
        #expect(badParameter?["parameters"] == .object(["parameter": .string("interface")]))

        let status = try connection.call(#"{"method": "io.dutyd.Status"}"#)
        #expect(status?["error"] == nil)
        #expect(try bystander.call(#"{"method": "io.dutyd.Status"}"#)?["parameters"] != nil)
        #expect(daemon.process.isRunning)
    }

    @Test("the daemon describes itself through org.varlink.service")
    func introspection() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        let info = try connection.call(#"{"method": "org.varlink.service.GetInfo"}"#)
        let parameters = try #require(info?.objectParameters, "GetInfo returned no parameters: \(String(describing: info))")
        #expect(parameters["product"] == .string("dutyd"))
        #expect(parameters["interfaces"] == .array([.string("org.varlink.service"), .string("io.dutyd")]))

        let description = try connection.call(#"{"method": "org.varlink.service.GetInterfaceDescription", "parameters": {"interface": "io.dutyd"}}"#)
        #expect(description?["parameters"] == .object(["description": .string(DutydInterface.definition)]))
    }

    @Test("pipelined calls on one connection are answered in order")
    func pipelining() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        connection.send(Array(#"{"method": "org.varlink.service.GetInfo"}"#.utf8) + [0] + Array(#"{"method": "nope.Nope"}"#.utf8) + [0] + Array(#"{"method": "io.dutyd.Status"}"#.utf8) + [0])
        let first = try connection.receive()
        let second = try connection.receive()
        let third = try connection.receive()
        #expect(first?.objectParameters?["product"] == .string("dutyd"))
        #expect(second?["error"] == .string("org.varlink.service.InterfaceNotFound"))
        #expect(third?["error"] == nil && third?["parameters"] != nil)
    }

    @Test("a message larger than the limit is refused and its connection closed")
    func oversizedMessage() throws {
        let daemon = try DaemonHarness()
        let connection = try RawVarlinkConnection(path: daemon.socket)
        connection.send([UInt8](repeating: UInt8(ascii: "x"), count: VarlinkCoding.maximumMessageSize + 70_000))
        #expect(try connection.receive()?["error"] == .string("io.dutyd.InvalidMessage"))
        #expect(try connection.receive() == nil)
        #expect(try daemon.dutyctl(["status"]).status == 0)
    }

    @Test("dutyctl says clearly when no daemon answers, with exit status 3")
    func noDaemon() throws {
        let result = try run(Products.dutyctl, ["--socket", "/tmp/dutyd-test-nonexistent/control", "status"])
        #expect(result.status == 3)
        #expect(result.stderr == "dutyctl: cannot reach dutyd at /tmp/dutyd-test-nonexistent/control: No such file or directory (is it running? try: systemctl status dutyd)\n")
    }

    @Test("dutyctl rejects unknown verbs and options with exit status 2")
    func usageErrors() throws {
        #expect(try run(Products.dutyctl, ["frobnicate"]).status == 2)
        #expect(try run(Products.dutyctl, ["status", "--colour"]).status == 2)
    }

    @Test("SIGTERM stops the daemon cleanly and removes its socket")
    func cleanStop() throws {
        let daemon = try DaemonHarness()
        #expect(daemon.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socket))
        #expect(daemon.log().contains("[daemon_stopping] stopping on SIGTERM"))
    }
}
