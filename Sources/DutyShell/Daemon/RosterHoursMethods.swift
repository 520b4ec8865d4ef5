import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// `io.dutyd.RosterHours` and `io.dutyd.ShiftCalendar`: duty hours per person, and one person's shifts as iCalendar.
enum RosterHoursMethods {
    static func hours(_ request: RosterHoursRequest, _ daemon: isolated Daemon) -> Result<RosterHoursReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let clock = daemon.loaded.clock
        if let error = ExportReply.check(request.format) { return .failure(error) }
        if let unit = request.unit, configuration.tree[unit] == nil { return .failure(.unknownUnit(unit)) }
        guard let from = LocalTimeArgument.parse(request.from, clock: clock) else { return .failure(LocalTimeArgument.invalid("from", request.from)) }
        guard let to = LocalTimeArgument.parse(request.to, clock: clock, endOfDay: true) else { return .failure(LocalTimeArgument.invalid("to", request.to)) }
        guard from < to else { return .failure(.invalidValue("to", phrase: Phrase("value.notAfter", request.to, request.from))) }
        let units = request.unit.map { unit in Set(configuration.tree.units.map(\.id).filter { configuration.tree.isWithin($0, ancestor: unit) }) }
        let rows = DutyHours.report(roster: configuration.roster, calendar: configuration.calendar, clock: clock, from: from, to: to, units: units)
        let hours = rows.map { row in
            DutyHoursInfo(
                person: row.person, name: row.name, role: row.role.rawValue, shifts: row.shifts, hours: rounded(row.hours),
                nightHours: rounded(row.nightHours), holidayHours: rounded(row.holidayHours))
        }
        let header = ["姓名", "编号", "角色", "班次数", "值班时长（小时）", "夜间时长（小时）", "节假日时长（小时）"]
        let table = hours.map { row in
            [row.name, row.person, row.role == DutyRole.leaderOnDuty.rawValue ? "带班领导" : "值班人员", String(row.shifts),
             text(row.hours), text(row.nightHours), text(row.holidayHours)]
        }
        var reply = RosterHoursReply(from: clock.iso8601(from), to: clock.iso8601(to), hours: hours, csv: CSVWriter.write(header: header, rows: table))
        if request.format == "xlsx" {
            let sheet = "值班时长\(clock.localDate(from))至\(clock.localDate(to.addingTimeInterval(-1)))"
            switch ExportReply.make("xlsx", sheet: sheet, header: header, rows: table) {
            case .success(let workbook): reply.xlsx = workbook.xlsx
            case .failure(let error): return .failure(error)
            }
        }
        return .success(reply)
    }

    static func calendar(_ request: ShiftCalendarRequest, _ daemon: isolated Daemon) -> Result<ShiftCalendarReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let matches = configuration.person(request.person).map { [$0] } ?? configuration.people(named: request.person)
        guard let person = matches.first else { return .failure(.invalidValue("person", phrase: Phrase("value.noSuchPerson", request.person))) }
        guard matches.count == 1 else {
            return .failure(.invalidValue("person", phrase: Phrase("value.actorAmbiguous", String(matches.count), request.person, matches.map(\.id).joined(separator: ", "))))
        }
        let text = ShiftCalendar(configuration: configuration).ics(person: person, now: Date.nowToTheMillisecond())
        return .success(ShiftCalendarReply(person: person.id, name: person.name, calendar: text))
    }

    /// `12`, `1.5`: hours as a spreadsheet cell.
    static func text(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }

    /// Hours to the hundredth.
    private static func rounded(_ hours: Double) -> Double {
        (hours * 100).rounded() / 100
    }
}
