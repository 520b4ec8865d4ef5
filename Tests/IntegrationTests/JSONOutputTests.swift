import DutyProtocol
import Foundation
import Testing

@Suite("dutyctl --json follows the documented interface")
struct JSONOutputTests {
    @Test("every verb's JSON has exactly the fields io.dutyd.varlink documents")
    func jsonMatchesInterface() throws {
        let idl = VarlinkIDL(DutydInterface.definition)
        #expect(idl.types.keys.sorted() == ["Alert", "AuditRowMismatch", "DailyFigures", "DailyIncident", "DailyShift", "DailySpotCheck", "DailyUnit", "DiagnosticPhrase", "DutyHours", "Event", "Hazard", "HistoryEntry", "Incident", "IncidentFields", "LedgerChange", "Link", "OutboxNotification", "Phrase", "Recipient", "RosterFiling", "RosterGap", "Shift", "SpotCheck", "Swap", "Unit", "UnitSummary"])
        let daemon = try DaemonHarness()
        let verbs: [(arguments: [String], method: String)] = [
            (["report", "--unit", "dg-sy", "--summary", "配电箱冒烟", "--severity", "high"], "Report"),
            (["report", "follow-up", "I1", "--note", "已疏散学生"], "FollowUpIncident"),
            (["report", "pass-up", "I1"], "PassUpIncident"),
            (["status"], "Status"),
            (["alerts"], "Alerts"),
            (["ack", "1", "--note", "已处理"], "Acknowledge"),
            (["show", "1"], "ShowAlert"),
            (["resolve", "1"], "Resolve"),
            (["audit", "verify"], "AuditVerify"),
            (["reload"], "Reload"),
            (["oncall", "--at", "2026-10-01T09:00"], "OnCall"),
            (["roster", "--from", "2026-10-01", "--to", "2026-10-01"], "Roster"),
            (["roster", "hours", "--from", "2026-10-01", "--to", "2026-10-07"], "RosterHours"),
            (["daily", "--date", "2026-10-01", "--unit", "rz-dg"], "DailyReport"),
            (["daily", "zero", "--unit", "dg-sy", "--date", "2026-10-01"], "FileDailyReport"),
            (["roster", "swaps"], "Swaps"),
            (["roster", "file", "--unit", "dg-sy", "--period", "国庆节"], "FileRoster"),
            (["roster", "filing", "--period", "国庆节"], "RosterFilings"),
            (["daily", "send", "--unit", "dg-sy", "--date", "2026-10-01"], "SendDailyReport"),
            (["import", "ledger", daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path, "--dry-run"], "ImportLedger"),
            (["import", "ledger", daemon.directory.appending(path: "config/ledgers/2026-autumn-inspection.csv").path], "ImportLedger"),
            (["hazards"], "Hazards"),
            (["hazard", "show", "dg-sz-3"], "ShowHazard"),
            (["hazard", "progress", "ls-ez-4", "--note", "已采购"], "HazardProgress"),
            (["hazard", "rectified", "ls-ez-4"], "HazardRectified"),
            (["hazard", "reopen", "ls-ez-4", "--reason", "复查不合格"], "ReopenHazard"),
            (["hazard", "extend", "ls-ez-4", "--until", "2027-01-31", "--reason", "到货延迟", "--approved-by", "何永刚"], "ExtendHazard"),
            (["summary"], "Summary"),
            (["units"], "Units"),
        ]
        for verb in verbs {
            let result = try daemon.dutyctl(verb.arguments + ["--json"])
            #expect(result.status == 0, "\(verb.arguments): \(result.stderr)")
            let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(result.stdout.utf8))
            let fields = try #require(idl.replies[verb.method], "no reply documented for \(verb.method)")
            #expect(idl.problems(object, against: fields, path: verb.method) == [])
        }
    }
}
