import DutyCore
import DutyTOML
import Foundation

/// Reads the people lists, holiday calendars and duty rosters the configuration names and puts them into it.
///
/// A roster ending in `.toml` is read as `[[shifts]]`, one ending in `.xlsx` (or `.xlsx#Sheet`) as an Excel
/// workbook, any other as a CSV spreadsheet export (UTF-8, UTF-8 with BOM or GB18030). Every mistake of every
/// file is returned at once, with the notices of what reading the spreadsheets tidied (title rows, merged cells, names).
enum DutyDataLoader {
    static func load(into configuration: inout Configuration) -> (diagnostics: [ConfigDiagnostic], notices: [CSVProblem]) {
        var diagnostics = loadPeople(into: &configuration)
        var periods: [HolidayPeriod] = []
        for reference in configuration.data.calendars {
            do {
                periods += try CalendarDecoder.decode(try readText(reference.path), file: reference.path)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        configuration.calendar = HolidayCalendar(periods: periods)
        var shifts: [Shift] = []
        var notices: [CSVProblem] = []
        for reference in configuration.data.rosters {
            do {
                if reference.path.hasSuffix(".toml") {
                    shifts += try RosterTOMLDecoder.decode(try readText(reference.path), file: reference.path, configuration: configuration)
                } else {
                    let reading = try RosterCSVDecoder.read(try SpreadsheetFile.read(path: reference.path), configuration: configuration)
                    shifts += reading.shifts
                    notices += reading.notices
                }
            } catch {
                diagnostics += Self.diagnostics(of: error, file: reference.path)
            }
        }
        var seen: [String: Shift] = [:]
        for shift in shifts {
            if let earlier = seen[shift.id] {
                diagnostics.append(ConfigDiagnostic(
                    file: shift.file, location: SourceLocation(line: shift.row, column: 0),
                    message: "shift \(shift.id) is also in \(earlier.file), \(earlier.place); a unit has one shift per start time", place: shift.place))
            }
            seen[shift.id] = shift
        }
        configuration.roster = Roster(shifts: shifts)
        return (diagnostics, notices)
    }

    /// The diagnostics of a data file that could not be read: its problems, or the error as one line.
    static func diagnostics(of error: any Error, file: String) -> [ConfigDiagnostic] {
        switch error {
        case let error as ConfigErrors:
            return error.diagnostics
        case let error as RosterProblems:
            return error.problems.map(ConfigDiagnostic.init)
        case let error as LedgerProblems:
            return error.problems.map(ConfigDiagnostic.init)
        case let problem as CSVProblem:
            return [ConfigDiagnostic(problem)]
        case let error as XLSXError:
            return [ConfigDiagnostic(file: error.file, location: SourceLocation(line: 0, column: 0), message: error.message, place: "")]
        case let error as SpreadsheetTextError:
            return [ConfigDiagnostic(
                file: error.file, location: SourceLocation(line: error.line ?? 0, column: 0),
                message: String(error.description.dropFirst(error.file.count + 2)), place: "")]
        default:
            return [ConfigDiagnostic(file: file, location: SourceLocation(line: 0, column: 0), message: "\(error)", place: "")]
        }
    }

    /// Adds the people of each people list, so that rosters read afterwards find them.
    private static func loadPeople(into configuration: inout Configuration) -> [ConfigDiagnostic] {
        var diagnostics: [ConfigDiagnostic] = []
        for reference in configuration.data.people {
            do {
                let table = try SpreadsheetFile.read(path: reference.path)
                switch PeopleReader.read(table, configuration: configuration) {
                case .success(let entries): configuration = configuration.adding(entries)
                case .failure(let problems): diagnostics += problems.problems.map(ConfigDiagnostic.init)
                }
            } catch {
                diagnostics += Self.diagnostics(of: error, file: reference.path)
            }
        }
        return diagnostics
    }

    private static func readText(_ path: String) throws(ConfigErrors) -> String {
        try ConfigLoader.readText(path, shownAs: path)
    }
}
