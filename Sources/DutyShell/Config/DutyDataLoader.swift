import DutyCore
import DutyTOML
import Foundation

/// Reads the people lists, holiday calendars and duty rosters the configuration names and puts them into it.
///
/// A roster ending in `.toml` is read as `[[shifts]]`, one ending in `.xlsx` (or `.xlsx#Sheet`) as an Excel
/// workbook, any other as a CSV spreadsheet export (UTF-8, UTF-8 with BOM or GB18030). Every mistake of every file is returned at once.
enum DutyDataLoader {
    static func load(into configuration: inout Configuration) -> [ConfigDiagnostic] {
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
        for reference in configuration.data.rosters {
            do {
                if reference.path.hasSuffix(".toml") {
                    shifts += try RosterTOMLDecoder.decode(try readText(reference.path), file: reference.path, configuration: configuration)
                } else {
                    let table = try SpreadsheetFile.read(path: reference.path)
                    do {
                        shifts += try RosterCSVDecoder.decode(table, configuration: configuration)
                    } catch {
                        throw RosterProblems(error.problems.map { $0.inSheet(table.sheet) })
                    }
                }
            } catch let error as ConfigErrors {
                diagnostics += error.diagnostics
            } catch let error as RosterProblems {
                diagnostics += error.problems.map(ConfigDiagnostic.init)
            } catch {
                diagnostics.append(diagnostic(error, file: reference.path))
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
        return diagnostics
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
                diagnostics.append(diagnostic(error, file: reference.path))
            }
        }
        return diagnostics
    }

    /// A file that could not be read as a table, as a diagnostic of the whole file (or of its cell).
    static func diagnostic(_ error: any Error, file: String) -> ConfigDiagnostic {
        switch error {
        case let problem as CSVProblem: ConfigDiagnostic(problem)
        case let error as XLSXError: ConfigDiagnostic(file: error.file, location: SourceLocation(line: 0, column: 0), message: error.message, place: "")
        case let error as SpreadsheetTextError:
            ConfigDiagnostic(
                file: error.file, location: SourceLocation(line: error.line ?? 0, column: 0),
                message: String(error.description.dropFirst(error.file.count + 2)), place: "")
        default: ConfigDiagnostic(file: file, location: SourceLocation(line: 0, column: 0), message: "\(error)", place: "")
        }
    }

    private static func readText(_ path: String) throws(ConfigErrors) -> String {
        try ConfigLoader.readText(path, shownAs: path)
    }
}
