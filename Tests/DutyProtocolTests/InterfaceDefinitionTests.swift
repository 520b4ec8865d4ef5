import DutyPhrases
import DutyProtocol
import Foundation
import Testing

@Suite("Varlink protocol")
struct InterfaceDefinitionTests {
    @Test("the published interface is exactly the io.dutyd.varlink file in the repository")
    func definitionMatchesFile() throws {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Sources/DutyProtocol/io.dutyd.varlink").standardized
        #expect(try String(contentsOf: file, encoding: .utf8) == DutydInterface.definition)
    }

    @Test("every method of the interface has a name constant, and every constant is in the interface")
    func methodsAreDeclared() {
        let declared = DutydInterface.definition.split(separator: "\n")
            .filter { $0.hasPrefix("method ") }
            .map { "io.dutyd." + $0.dropFirst("method ".count).prefix { $0 != "(" } }
        #expect(declared == [
            DutydInterface.status, DutydInterface.reload, DutydInterface.alerts, DutydInterface.showAlert,
            DutydInterface.acknowledge, DutydInterface.resolve, DutydInterface.report, DutydInterface.passUpIncident,
            DutydInterface.followUpIncident, DutydInterface.reply, DutydInterface.watch,
            DutydInterface.outbox, DutydInterface.retryNotification, DutydInterface.notifyTest, DutydInterface.auditVerify, DutydInterface.backup,
            DutydInterface.onCall, DutydInterface.roster, DutydInterface.exportRoster, DutydInterface.checkIn, DutydInterface.spotCheck,
            DutydInterface.rosterHours, DutydInterface.shiftCalendar, DutydInterface.dailyReport, DutydInterface.exportDailyReport, DutydInterface.fileDailyReport, DutydInterface.sendDailyReport,
            DutydInterface.requestSwap, DutydInterface.decideSwap, DutydInterface.swaps,
            DutydInterface.fileRoster, DutydInterface.rosterFilings,
            DutydInterface.hazards, DutydInterface.exportLedger, DutydInterface.showHazard, DutydInterface.hazardProgress,
            DutydInterface.hazardRectified, DutydInterface.verifyHazard, DutydInterface.reopenHazard, DutydInterface.extendHazard,
            DutydInterface.importLedger, DutydInterface.summary, DutydInterface.exportSummary, DutydInterface.units,
            DutydInterface.issueLink, DutydInterface.links, DutydInterface.revokeLinks,
        ])
    }

    @Test("a framed call ends in one NUL and decodes back")
    func framing() throws {
        let bytes = try VarlinkCoding.frame(VarlinkCall(method: DutydInterface.status, parameters: NoParameters()))
        #expect(bytes.last == 0)
        #expect(bytes.dropLast().contains(0) == false)
        let header = try VarlinkCoding.decode(VarlinkCallHeader.self, from: Array(bytes.dropLast()))
        #expect(header.method == "io.dutyd.Status")
    }

    @Test("an error reply carries its name and parameters")
    func errorReply() throws {
        let line = DiagnosticLine(file: "dutyd.toml", position: .text(line: 2, column: 13), message: "unknown time zone")
        let bytes = VarlinkCoding.frame(error: .configInvalid([line]))
        let reply = try VarlinkCoding.decode(VarlinkReply<[String: JSONValue]>.self, from: Array(bytes.dropLast()))
        #expect(reply.error == "io.dutyd.ConfigInvalid")
        #expect(reply.parameters?["diagnostics"] == .array([.string("dutyd.toml:2:13: unknown time zone")]))
        #expect(DiagnosticLine.lines(json: reply.parameters?["phrases"]) == [line])
    }

    @Test("the status reply uses the documented snake_case field names")
    func statusFieldNames() throws {
        let reply = StatusReply(
            version: "0.1.0", pid: 1, startedAt: "a", configFile: "b", configLoadedAt: "c", timeZone: "Asia/Shanghai",
            stateDatabase: "d", units: 1, people: 2, policies: 3, openAlerts: 0, nextCheck: "e", pendingNotifications: 4, deadNotifications: 5)
        let object = try JSONDecoder().decode([String: JSONValue].self, from: JSONEncoder().encode(reply))
        #expect(Set(object.keys) == [
            "version", "pid", "started_at", "config_file", "config_loaded_at", "time_zone", "state_database",
            "units", "people", "policies", "open_alerts", "next_check", "pending_notifications", "dead_notifications",
        ])
    }

    @Test("default paths follow root, systemd and XDG conventions")
    func defaultPaths() {
        #expect(DefaultPaths.controlSocket(uid: 0, environment: [:]) == "/run/dutyd/control")
        #expect(DefaultPaths.controlSocket(uid: 0, environment: ["RUNTIME_DIRECTORY": "/run/dutyd"]) == "/run/dutyd/control")
        #expect(DefaultPaths.controlSocket(uid: 1000, environment: ["XDG_RUNTIME_DIR": "/run/user/1000"]) == "/run/user/1000/dutyd/control")
        #expect(DefaultPaths.controlSocket(uid: 1000, environment: [:]) == "/tmp/dutyd-1000/control")
        #expect(DefaultPaths.stateDirectory(uid: 0, environment: [:]) == "/var/lib/dutyd")
        #expect(DefaultPaths.stateDirectory(uid: 0, environment: ["STATE_DIRECTORY": "/var/lib/dutyd"]) == "/var/lib/dutyd")
        #expect(DefaultPaths.stateDirectory(uid: 1000, environment: ["HOME": "/home/wang"]) == "/home/wang/.local/state/dutyd")
    }
}
