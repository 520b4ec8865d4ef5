import DutyCore
import Foundation
import Testing

@Suite("Duty settings, calendars and TOML rosters")
struct DutyConfigTests {
    @Test("[duty] settings override the defaults")
    func dutySettings() throws {
        let prefix = """
            [duty]
            reminder_lead = "1h"
            checkin_grace = "5m"
            spot_check_window = "3m"
            callback_window = "4m"
            spot_checks_per_shift = 2
            spot_check_seed = 7
            staffed_units = ["sy"]
            shift_names = { "早班" = "07:00-15:00" }
            column_names = { duty_officer = ["值守人员"] }

            """
        let duty = try ConfigDecoder.decode(ConfigFixtures.text(prefix: prefix), file: "dutyd.toml").duty
        #expect(duty.reminderLead == .seconds(3_600) && duty.checkinGrace == .seconds(300) && duty.spotCheckWindow == .seconds(180))
        #expect(duty.callbackWindow == .seconds(240))
        #expect(duty.spotChecksPerShift == 2 && duty.spotCheckSeed == 7 && duty.staffedUnits == ["sy"])
        #expect(duty.shiftNames["早班"] == ShiftHours("07:00-15:00") && duty.shiftNames["夜班"] != nil)
        #expect(duty.columnNames[.dutyOfficer] == ["值守人员"])
    }

    @Test(
        "each broken [duty] table is rejected with its file:line:column",
        arguments: [
            ("[duty]\nreminder_led = \"30m\"\n", "dutyd.toml:2:1: unknown key \"reminder_led\" in [duty]; did you mean \"reminder_lead\"?"),
            ("[duty]\ncheckin_grace = \"15\"\n", "dutyd.toml:2:17: invalid duration \"15\" for \"checkin_grace\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\""),
            ("[duty]\ncallback_window = \"0m\"\n", "dutyd.toml:2:19: \"callback_window\" must be longer than zero"),
            ("[duty]\ncallback_window = 5\n", "dutyd.toml:2:19: \"callback_window\" in [duty] must be a duration string such as \"30m\", \"2h\" or \"1d\", not integer"),
            ("[duty]\nspot_checks_per_shift = 99\n", "dutyd.toml:2:25: \"spot_checks_per_shift\" must be between 0 and 24, not 99"),
            ("[duty]\nstaffed_units = [\"sy\", \"nowhere\"]\n", "dutyd.toml:2:24: unknown unit \"nowhere\" in \"staffed_units\": no [[units]] entry has this id"),
            ("[duty]\nshift_names = { \"早班\" = \"7-15\" }\n", "dutyd.toml:2:24: shift \"早班\" must be a string of two times such as \"08:00-20:00\""),
            ("[duty]\ncolumn_names = { duty_officer = [\"带班领导\"] }\n", "dutyd.toml:2:34: column name \"带班领导\" already means leader_on_duty"),
            ("[duty]\ncolumn_names = { leader_on_duty = [\"\u{3000}值班人员\"] }\n", "dutyd.toml:2:36: column name \"\u{3000}值班人员\" already means duty_officer"),
            ("[duty]\ncolumn_names = { date = [\" \"] }\n", "dutyd.toml:2:26: a column name must not be empty"),
        ])
    func brokenDutyTable(text: String, expected: String) {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: text)) == [expected])
    }

    @Test("the example calendar reads, and a broken one names file, line and column")
    func calendars() throws {
        let file = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../config/calendars/2026.toml").standardized
        let periods = try CalendarDecoder.decode(String(contentsOf: file, encoding: .utf8), file: "2026.toml")
        #expect(periods.map(\.name) == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"])
        #expect(periods.last == HolidayPeriod(
            name: "国庆节", first: LocalDate("2026-10-01")!, last: LocalDate("2026-10-07")!,
            makeUpWorkdays: [LocalDate("2026-09-20")!, LocalDate("2026-10-10")!]))

        let broken = """
            [[holidays]]
            name = "国庆节"
            start = 2026-10-01
            end = "2026-10-07"

            [[holidays]]
            name = "劳动节"
            start = 2026-05-05
            end = 2026-05-01
            """
        #expect(throws: ConfigErrors.self) { try CalendarDecoder.decode(broken, file: "cal.toml") }
        do {
            _ = try CalendarDecoder.decode(broken, file: "cal.toml")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "cal.toml:4:7: \"end\" in [[holidays]] entry 1 must be a date such as 2026-10-01 (without quotes), not string",
                "cal.toml:9:7: \"end\" 2026-05-01 is before \"start\" 2026-05-05",
            ])
        }
    }

    @Test("a TOML roster names people by id or name; unknown units and people are errors with line and column")
    func tomlRoster() throws {
        let configuration = try SimulationClock.exampleConfiguration()
        let shifts = try RosterTOMLDecoder.decode("""
            [[shifts]]
            unit = "dg-sy"
            start = 2026-10-01T20:00:00
            end = 2026-10-02T08:00:00
            duty_officer = "陈静"
            leader_on_duty = "sy-liu"
            """, file: "r.toml", configuration: configuration)
        #expect(shifts.map(\.id) == ["dg-sy/2026-10-01T20:00"])
        #expect(shifts.first?.end == SimulationClock.at(10, 2, 8))
        #expect(shifts.first?.leaderOnDuty?.name == "刘洋")
        do {
            _ = try RosterTOMLDecoder.decode("""
                [[shifts]]
                unit = "dg-xx"
                start = 2026-10-01T20:00:00
                end = 2026-10-02
                duty_officer = "欧阳修"
                """, file: "r.toml", configuration: configuration)
            Issue.record("a broken roster was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "r.toml:2:8: unknown unit \"dg-xx\": no [[units]] entry has this id",
                "r.toml:4:7: \"end\" in [[shifts]] entry 1 must be a local date-time to the minute such as 2026-10-01T08:00:00, without quotes or offset",
                "r.toml:5:16: \"欧阳修\" is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them",
            ])
        }
    }
}
