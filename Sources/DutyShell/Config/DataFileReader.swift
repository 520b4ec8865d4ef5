import DutyTOML
import DutyCore
import DutyPhrases

/// Reads the people lists, holiday calendars and duty rosters that `[data]` names, for `ConfigurationAssembly`.
///
/// Only reading: a roster ending in `.toml` and every calendar as UTF-8 text, any other roster and every people
/// list as a table (an .xlsx workbook, `.xlsx#Sheet`, or a CSV export in UTF-8, UTF-8 with BOM or GB18030). A file
/// that cannot be read becomes its diagnostics; what the contents mean is decided in DutyCore.
enum DataFileReader {
    /// The contents of the people, calendar and roster files of `data` (paths already resolved by `ConfigLoader`).
    static func read(_ data: DataFiles) -> (people: [DataFileContent<CSVTable>], calendars: [DataFileContent<String>], rosters: [DataFileContent<RosterSource>]) {
        let people = data.people.map { DataFileContent(path: $0.path, content: table($0.path)) }
        let calendars = data.calendars.map { DataFileContent(path: $0.path, content: text($0.path)) }
        let rosters = data.rosters.map { reference in
            DataFileContent(
                path: reference.path,
                content: reference.path.hasSuffix(".toml") ? text(reference.path).map(RosterSource.toml) : table(reference.path).map(RosterSource.table))
        }
        return (people, calendars, rosters)
    }

    /// The diagnostics of a data file that could not be read: its problems, or the error as one line.
    static func diagnostics(of error: any Error, file: String) -> [ConfigDiagnostic] {
        switch error {
        case let error as ConfigErrors:
            return error.diagnostics
        case let error as LedgerProblems:
            return error.problems.map(ConfigDiagnostic.init)
        case let problem as CSVProblem:
            return [ConfigDiagnostic(problem)]
        case let error as XLSXError:
            return [ConfigDiagnostic(file: error.file, location: SourceLocation(line: 0, column: 0), message: error.message, position: .wholeFile)]
        case let error as SpreadsheetTextError:
            return [ConfigDiagnostic(
                file: error.file, location: SourceLocation(line: error.line ?? 0, column: 0), message: error.message, position: error.positionPhrase.map(DiagnosticLine.Position.place) ?? .wholeFile)]
        default:
            return [ConfigDiagnostic(file: file, location: SourceLocation(line: 0, column: 0), message: "\(error)", position: .wholeFile)]
        }
    }

    /// The table of the spreadsheet at `path`, or why it cannot be read.
    private static func table(_ path: String) -> Result<CSVTable, ConfigErrors> {
        do {
            return .success(try SpreadsheetFile.read(path: path))
        } catch {
            return .failure(ConfigErrors(diagnostics(of: error, file: path)))
        }
    }

    /// The UTF-8 text of the file at `path`, or why it cannot be read.
    private static func text(_ path: String) -> Result<String, ConfigErrors> {
        Result { () throws(ConfigErrors) in try ConfigLoader.readText(path, shownAs: path) }
    }
}
